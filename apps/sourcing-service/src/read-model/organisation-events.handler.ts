import {
  type EventEnvelope,
  memberMadeOfficial,
  memberMoved,
  memberRegistered,
  organisationClosed,
  organisationMoved,
  organisationRegistered,
  organisationRevised,
  SYSTEM_ACTOR,
} from '@pdv/contracts';
import { eventHandler, type EventHandler } from '@pdv/messaging';
import type { EntityManager } from '@pdv/persistence';
import { MENTOR_RELEASE_REASONS, releaseOpenMentors } from '../candidate/candidate-lifecycle';
import { followCellClosure } from '../candidate/cell-change';
import type { SourcingDeps } from '../shared/deps';

// The organisation service's facts, kept as the small read model this service needs.
// Handlers are idempotent (the inbox de-duplicates deliveries) and order-tolerant: every
// write is guarded by the event's occurredAt, so a late, older event changes nothing.

async function updateOrganisation(em: EntityManager, envelope: EventEnvelope<unknown>, organisationId: string, set: string, params: unknown[]): Promise<void> {
  const updated = await em.execute<{ id: string }[]>(
    `update org_read_model set ${set}, last_event_at = ?::timestamptz, updated_at = now()
      where id = ?::uuid and last_event_at <= ?::timestamptz returning id`,
    [...params, envelope.occurredAt, organisationId, envelope.occurredAt],
  );
  if (updated.length > 0) return;
  const [known] = await em.execute<{ id: string }[]>('select id from org_read_model where id = ?::uuid', [organisationId]);
  // Known but newer already: nothing to do. Unknown: the registration was never seen, which
  // only an operator can repair (replay the stream) — fail so the event is dead-lettered.
  if (!known) throw new Error(`${envelope.type} for organisation ${organisationId}, whose registration this service never received`);
}

interface MemberState {
  memberId: string;
  organisationId: string | null;
  status: 'PROBATIONARY' | 'OFFICIAL';
  active: boolean;
  temporarilyAway: boolean;
  activityExempt: boolean;
}

/** A change of organisation (organisation.member.moved with a different organisation). */
interface MemberMove {
  fromOrganisationId: string | null;
  effectiveDate: string;
}

async function upsertMember(em: EntityManager, envelope: EventEnvelope<MemberState>, deps: SourcingDeps, move: MemberMove | null = null): Promise<void> {
  const member = envelope.data;
  // moved_* keep the last change of organisation; other member events leave them as they were.
  const applied = await em.execute<{ id: string }[]>(
    `insert into member_read_model (id, organisation_id, status, active, temporarily_away, activity_exempt,
       moved_from_organisation_id, moved_on, moved_at, last_event_at, updated_at)
     values (?::uuid, ?::uuid, ?, ?, ?, ?, ?::uuid, ?::date, ?::timestamptz, ?::timestamptz, now())
     on conflict (id) do update set organisation_id = excluded.organisation_id, status = excluded.status, active = excluded.active,
       temporarily_away = excluded.temporarily_away, activity_exempt = excluded.activity_exempt,
       moved_from_organisation_id = case when excluded.moved_at is null then member_read_model.moved_from_organisation_id else excluded.moved_from_organisation_id end,
       moved_on = case when excluded.moved_at is null then member_read_model.moved_on else excluded.moved_on end,
       moved_at = coalesce(excluded.moved_at, member_read_model.moved_at),
       last_event_at = excluded.last_event_at, updated_at = now()
     where member_read_model.last_event_at <= excluded.last_event_at
     returning id`,
    [
      member.memberId,
      member.organisationId,
      member.status,
      member.active,
      member.temporarilyAway,
      member.activityExempt,
      move?.fromOrganisationId ?? null,
      move?.effectiveDate ?? null,
      move ? envelope.occurredAt : null,
      envelope.occurredAt,
    ],
  );
  if (applied.length === 0) return;
  // A member who left the ward's party, or is no longer in the cell the candidate is in now,
  // can no longer mentor them. Compared with the candidate's current cell, not the cell of
  // the assignment: after a merge the candidate may already be where the member goes.
  const stale = await em.execute<{ candidate_id: string }[]>(
    `select ma.candidate_id from mentor_assignment ma join candidate c on c.id = ma.candidate_id
      where ma.member_id = ?::uuid and ma.released_on is null and (not ?::boolean or c.cell_id is distinct from ?::uuid)`,
    [member.memberId, member.active, member.organisationId],
  );
  const at = new Date(envelope.occurredAt);
  const reason = member.active ? MENTOR_RELEASE_REASONS.memberMoved : MENTOR_RELEASE_REASONS.memberLeft;
  for (const { candidate_id: candidateId } of stale) {
    await releaseOpenMentors(em, deps, candidateId, reason, SYSTEM_ACTOR, at, member.memberId);
  }
}

/** Handlers for the ORGANISATION stream. */
export function organisationEventHandlers(deps: SourcingDeps): EventHandler<never>[] {
  return [
    eventHandler(organisationRegistered, async (envelope, { em }) => {
      const org = envelope.data;
      await em.execute(
        `insert into org_read_model (id, parent_id, kind, sector, code, name, valid_from, closed_on, active, last_event_at, updated_at)
         values (?::uuid, ?::uuid, ?, ?, ?, ?, ?::date, null, true, ?::timestamptz, now())
         on conflict (id) do update set parent_id = excluded.parent_id, kind = excluded.kind, sector = excluded.sector,
           code = excluded.code, name = excluded.name, valid_from = excluded.valid_from, last_event_at = excluded.last_event_at, updated_at = now()
         where org_read_model.last_event_at <= excluded.last_event_at`,
        [org.organisationId, org.parentId, org.kind, org.sector, org.code, org.name, org.validFrom, envelope.occurredAt],
      );
    }),
    eventHandler(organisationRevised, async (envelope, { em }) => {
      const org = envelope.data;
      await updateOrganisation(em, envelope, org.organisationId, 'kind = ?, sector = ?, code = ?, name = ?', [org.kind, org.sector, org.code, org.name]);
    }),
    eventHandler(organisationMoved, async (envelope, { em }) => {
      await updateOrganisation(em, envelope, envelope.data.organisationId, 'parent_id = ?::uuid', [envelope.data.toParentId]);
    }),
    eventHandler(organisationClosed, async (envelope, { em, logger }) => {
      const closure = envelope.data;
      await updateOrganisation(em, envelope, closure.organisationId, 'active = false, closed_on = ?::date', [closure.effectiveDate]);
      // The closed cell's candidates follow a merge, or wait for a person to choose their cell.
      const result = await followCellClosure(em, deps, closure, new Date(envelope.occurredAt));
      if (result.moved + result.marked > 0) {
        logger.info({ organisationId: closure.organisationId, reason: closure.reason, ...result }, 'candidates of a closed cell handled');
      }
    }),
    eventHandler(memberRegistered, (envelope, { em }) => upsertMember(em, envelope, deps)),
    eventHandler(memberMadeOfficial, (envelope, { em }) => upsertMember(em, envelope, deps)),
    eventHandler(memberMoved, (envelope, { em }) => {
      const { fromOrganisationId, organisationId, effectiveDate } = envelope.data;
      const move = fromOrganisationId !== organisationId ? { fromOrganisationId, effectiveDate } : null;
      return upsertMember(em, envelope, deps, move);
    }),
  ] as EventHandler<never>[];
}
