import { type Actor, memberMoved } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import type { EventRecorder } from '@pdv/messaging';
import { applyMovement, type MemberMovementKind, placementPeriods, replayMovements } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import { newId } from '../common/ids';
import { memberStatePayload } from './member-events';
import { insertMovements, replacePlacements, saveMemberStates } from './member-ledger';
import type { MemberMovementRow, MovementOrigin } from './member-movement.entity';
import type { MemberPlacementRow } from './member-placement.entity';
import { placementRows, toDomainMovement, toMemberRecord, withState } from './member-record';
import type { PartyMemberRow } from './party-member.entity';
import { findMembersByIds, findMovements } from './party-member.queries';

/** What a movement write needs: the transaction, the outbox, who acts, and the time. */
export interface LedgerContext {
  em: EntityManager;
  events: EventRecorder;
  actor: Actor;
  today: string;
  now: Date;
}

export interface MovementRequest {
  memberId: string;
  kind: MemberMovementKind;
  effectiveDate: string;
  /** The destination cell of a TRANSFER_IN or INTERNAL_TRANSFER; null otherwise. */
  toOrganisationId: string | null;
  origin: MovementOrigin;
  note: string | null;
}

export interface AppliedMovement {
  member: PartyMemberRow;
  movement: MemberMovementRow;
}

/**
 * Records one movement for each member named (locked for the transaction), each checked by
 * the domain's state machine against the member's replayed history; rewrites their
 * placement periods and projection and records an organisation.member.moved event each.
 * Throws the domain's RULE_VIOLATION for the first impossible movement: nothing is written.
 */
export async function moveMembers(ctx: LedgerContext, requests: readonly MovementRequest[]): Promise<AppliedMovement[]> {
  if (requests.length === 0) return [];
  const ids = requests.map((request) => request.memberId);
  if (new Set(ids).size !== ids.length) throw new Error('moveMembers takes at most one movement per member');
  const rows = new Map((await findMembersByIds(ctx.em, ids, { forUpdate: true })).map((row) => [row.id, row]));
  const history = await findMovements(ctx.em, ids);

  const applied: AppliedMovement[] = [];
  const placements: MemberPlacementRow[] = [];
  for (const request of requests) {
    const row = rows.get(request.memberId);
    if (!row) throw AppError.notFound('Party member', request.memberId);
    const record = toMemberRecord(row);
    const previous = history.filter((movement) => movement.memberId === row.id);
    const state = replayMovements(record, previous.map(toDomainMovement), ctx.today);
    const next = applyMovement(state, { kind: request.kind, effectiveDate: request.effectiveDate, toOrganisationId: request.toOrganisationId }, ctx.today);
    const movement: MemberMovementRow = {
      id: newId(),
      memberId: row.id,
      position: previous.length + 1,
      kind: request.kind,
      effectiveDate: request.effectiveDate,
      fromOrganisationId: state.organisationId,
      toOrganisationId: request.toOrganisationId,
      origin: request.origin,
      note: request.note,
      recordedAt: ctx.now,
      recordedBy: ctx.actor.id,
      recordedByRole: ctx.actor.role,
    };
    placements.push(...placementRows(row.id, placementPeriods(record, [...previous, movement].map(toDomainMovement))));
    applied.push({ member: withState(row, next, ctx.now), movement });
  }

  await insertMovements(ctx.em, applied.map((a) => a.movement));
  await replacePlacements(ctx.em, ids, placements);
  await saveMemberStates(ctx.em, applied.map((a) => a.member));
  for (const { member, movement } of applied) {
    ctx.events.recordEvent(ctx.em, memberMoved, {
      aggregateId: member.id,
      actor: ctx.actor,
      data: {
        ...memberStatePayload(member),
        movementId: movement.id,
        kind: movement.kind,
        effectiveDate: movement.effectiveDate,
        fromOrganisationId: movement.fromOrganisationId,
        toOrganisationId: movement.toOrganisationId,
      },
    });
  }
  return applied;
}
