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
import { releaseOpenMentors } from '../candidate/candidate-lifecycle';
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

async function upsertMember(em: EntityManager, envelope: EventEnvelope<MemberState>, deps: SourcingDeps): Promise<void> {
  const member = envelope.data;
  const applied = await em.execute<{ id: string }[]>(
    `insert into member_read_model (id, organisation_id, status, active, temporarily_away, activity_exempt, last_event_at, updated_at)
     values (?::uuid, ?::uuid, ?, ?, ?, ?, ?::timestamptz, now())
     on conflict (id) do update set organisation_id = excluded.organisation_id, status = excluded.status, active = excluded.active,
       temporarily_away = excluded.temporarily_away, activity_exempt = excluded.activity_exempt,
       last_event_at = excluded.last_event_at, updated_at = now()
     where member_read_model.last_event_at <= excluded.last_event_at
     returning id`,
    [member.memberId, member.organisationId, member.status, member.active, member.temporarilyAway, member.activityExempt, envelope.occurredAt],
  );
  if (applied.length === 0) return;
  // A member who left the ward's party or the candidate's cell can no longer mentor there.
  const stale = await em.execute<{ candidate_id: string }[]>(
    `select candidate_id from mentor_assignment
      where member_id = ?::uuid and released_on is null and (not ?::boolean or cell_id is distinct from ?::uuid)`,
    [member.memberId, member.active, member.organisationId],
  );
  const at = new Date(envelope.occurredAt);
  const reason = member.active ? 'Member moved to another organisation' : 'Member left the ward’s party organisation';
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
    eventHandler(organisationClosed, async (envelope, { em }) => {
      await updateOrganisation(em, envelope, envelope.data.organisationId, 'active = false, closed_on = ?::date', [envelope.data.effectiveDate]);
    }),
    eventHandler(memberRegistered, (envelope, { em }) => upsertMember(em, envelope, deps)),
    eventHandler(memberMadeOfficial, (envelope, { em }) => upsertMember(em, envelope, deps)),
    eventHandler(memberMoved, (envelope, { em }) => upsertMember(em, envelope, deps)),
  ] as EventHandler<never>[];
}
