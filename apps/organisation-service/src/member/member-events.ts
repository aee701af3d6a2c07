import type { PartyMemberRow } from './party-member.entity';

/**
 * The member's standing as events carry it (the contracts' memberState): ids, status and
 * flags only. Personal data never goes on the bus.
 */
export function memberStatePayload(row: PartyMemberRow) {
  return {
    memberId: row.id,
    organisationId: row.active ? row.cellId : null,
    status: row.status,
    active: row.active,
    temporarilyAway: row.temporarilyAway,
    activityExempt: row.activityExempt,
  };
}
