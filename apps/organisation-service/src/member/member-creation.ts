import { memberRegistered } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import { type PartyMemberRecord, placementPeriods } from '@pdv/organisation-domain';
import { recorderOf } from '../common/service-scope';
import { memberStatePayload } from './member-events';
import { insertMembers, replacePlacements } from './member-ledger';
import type { LedgerContext } from './member-moves';
import { newMemberRow, placementRows } from './member-record';
import type { PartyMemberRow, RegistrationKind } from './party-member.entity';
import { findMemberByCandidateId, nationalIdTaken } from './party-member.queries';

/**
 * Enters a validated member record: the row, its placement from the day the membership
 * began, and an organisation.member.registered event. The caller has checked the cell.
 */
export async function createMember(ctx: LedgerContext, record: PartyMemberRecord, registrationKind: RegistrationKind): Promise<PartyMemberRow> {
  if (record.nationalId !== null && (await nationalIdTaken(ctx.em, record.nationalId, null))) {
    throw AppError.conflict('Another member is already recorded with this national ID number.');
  }
  if (record.candidateId !== null && (await findMemberByCandidateId(ctx.em, record.candidateId))) {
    throw AppError.conflict('A member has already been created for this candidate.', { candidateId: record.candidateId });
  }
  const row = newMemberRow(record, registrationKind, recorderOf(ctx.actor), ctx.now);
  await insertMembers(ctx.em, [row]);
  await replacePlacements(ctx.em, [row.id], placementRows(row.id, placementPeriods(record, [])));
  ctx.events.recordEvent(ctx.em, memberRegistered, {
    aggregateId: row.id,
    actor: ctx.actor,
    data: {
      ...memberStatePayload(row),
      candidateId: row.candidateId,
      admissionDecisionDate: row.admissionDecisionDate,
      officialDate: row.officialDate,
    },
  });
  return row;
}
