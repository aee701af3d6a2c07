import { EntitySchema } from '@pdv/persistence';

/**
 * A member's standing from a day on, one row per organisation service event about the member
 * (registered, made official, moved): the read model keeps only the latest standing, and the
 * vote base is the cell's roll on the meeting date (DOMAIN.md step 7), which may be past.
 */
export interface MemberStandingHistoryRow {
  eventId: string;
  memberId: string;
  /** From this day on (`-infinity` for a registration, which carries no date of joining). */
  effectiveOn: string;
  eventAt: Date;
  organisationId: string | null;
  status: string;
  active: boolean;
  temporarilyAway: boolean;
}

export const MemberStandingHistoryEntity = new EntitySchema<MemberStandingHistoryRow>({
  name: 'MemberStandingHistoryRow',
  tableName: 'member_standing_history',
  properties: {
    eventId: { type: 'uuid', primary: true },
    memberId: { type: 'uuid', index: 'member_standing_history_member_idx' },
    effectiveOn: { type: 'string', columnType: 'date' },
    eventAt: { type: 'Date', columnType: 'timestamptz' },
    organisationId: { type: 'uuid', nullable: true, index: 'member_standing_history_organisation_idx' },
    status: { type: 'string', columnType: 'text' },
    active: { type: 'boolean' },
    temporarilyAway: { type: 'boolean' },
  },
});
