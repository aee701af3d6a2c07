import { EntitySchema } from '@pdv/persistence';

/** The organisation a member counts in now (null: not counted — left the ward's party), as the member events said last. */
export interface CountedMemberRow {
  memberId: string;
  organisationId: string | null;
}

export const CountedMemberEntity = new EntitySchema<CountedMemberRow>({
  name: 'CountedMemberRow',
  tableName: 'counted_member',
  properties: {
    memberId: { type: 'uuid', primary: true },
    organisationId: { type: 'uuid', nullable: true },
  },
});

/**
 * The members of one organisation (its own, not its subtree's) at the end of a year as far as
 * the member events of that year and before say: the start of year Y is the row of the latest
 * year before Y. One row per organisation and year in which its membership changed, so the
 * 3% rule reads one row per unit, never the members.
 */
export interface UnitMemberCountRow {
  organisationId: string;
  year: number;
  members: number;
}

export const UnitMemberCountEntity = new EntitySchema<UnitMemberCountRow>({
  name: 'UnitMemberCountRow',
  tableName: 'unit_member_count',
  properties: {
    organisationId: { type: 'uuid', primary: true },
    year: { type: 'integer', primary: true },
    members: { type: 'integer' },
  },
});
