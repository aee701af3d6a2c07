import { EntitySchema } from '@pdv/persistence';

/**
 * An organisation's own member counts from `fromDay` until its next step. Kept by statement
 * triggers on member_placement and party_member (see Migration20261204000100_member_count_steps);
 * read, never written, through the ORM.
 */
export interface MemberCountStepRow {
  organisationId: string;
  fromDay: string;
  official: number;
  probationary: number;
  total: number;
  officialVoteBase: number;
}

export const MemberCountStepEntity = new EntitySchema<MemberCountStepRow>({
  name: 'MemberCountStepRow',
  tableName: 'member_count_step',
  properties: {
    organisationId: { type: 'uuid', primary: true },
    fromDay: { type: 'string', columnType: 'date', primary: true },
    official: { type: 'integer', columnType: 'int' },
    probationary: { type: 'integer', columnType: 'int' },
    total: { type: 'integer', columnType: 'int' },
    officialVoteBase: { type: 'integer', columnType: 'int' },
  },
});
