import type { MemberMovementKind } from '@pdv/organisation-domain';
import { EntitySchema } from '@pdv/persistence';

/** What caused a movement: a person's request, a merge or split, or an admission event. */
export const MOVEMENT_ORIGINS = ['REQUEST', 'MERGE', 'SPLIT', 'ADMISSION'] as const;
export type MovementOrigin = (typeof MOVEMENT_ORIGINS)[number];

/** One movement of a member, effective on a date. Never updated or deleted. */
export interface MemberMovementRow {
  id: string;
  memberId: string;
  /** 1, 2, 3… per member: the recorded order, which breaks ties between same-day movements. */
  position: number;
  kind: MemberMovementKind;
  effectiveDate: string;
  fromOrganisationId: string | null;
  toOrganisationId: string | null;
  origin: MovementOrigin;
  note: string | null;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const MemberMovementEntity = new EntitySchema<MemberMovementRow>({
  name: 'MemberMovementRow',
  tableName: 'member_movement',
  properties: {
    id: { type: 'uuid', primary: true },
    memberId: { type: 'uuid' },
    position: { type: 'integer' },
    kind: { type: 'string', columnType: 'text' },
    effectiveDate: { type: 'string', columnType: 'date' },
    fromOrganisationId: { type: 'uuid', nullable: true },
    toOrganisationId: { type: 'uuid', nullable: true },
    origin: { type: 'string', columnType: 'text' },
    note: { type: 'string', columnType: 'text', nullable: true },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
  uniques: [{ name: 'member_movement_member_position_unique', properties: ['memberId', 'position'] }],
});
