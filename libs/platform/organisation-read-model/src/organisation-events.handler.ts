import {
  type EventEnvelope,
  memberMadeOfficial,
  memberMoved,
  memberRegistered,
  organisationClosed,
  organisationMoved,
  organisationRegistered,
  organisationRevised,
  planTermSet,
} from '@pdv/contracts';
import { eventHandler, type EventHandler, type HandlerContext } from '@pdv/messaging';
import type { EntityManager } from '@pdv/persistence';
import { closurePathsSql } from './organisation-read-model.migration';

// The organisation service's facts, kept as the read model every consumer service needs.
// Handlers are idempotent (the inbox de-duplicates deliveries) and order-tolerant: every
// write is guarded by the event's occurredAt, so a late, older event changes nothing.

/** What a member event says of the member's standing. */
export interface MemberStanding {
  memberId: string;
  organisationId: string | null;
  status: 'PROBATIONARY' | 'OFFICIAL';
  active: boolean;
  temporarilyAway: boolean;
  activityExempt: boolean;
}

/** An organisation's closure, as organisation.organisation.closed states it. */
export interface OrganisationClosure {
  organisationId: string;
  effectiveDate: string;
  reason: 'DISSOLVED' | 'MERGED' | 'SPLIT';
  successorIds: string[];
}

/** What a consumer service does on top of keeping the read model, in the same transaction. */
export interface OrganisationReadModelHooks {
  /** After a closure is applied: e.g. move what lived in the closed organisation. */
  organisationClosed?(closure: OrganisationClosure, at: Date, context: HandlerContext): Promise<void>;
  /** After a member's newer standing is applied (not for a late, older event). */
  memberChanged?(member: MemberStanding, at: Date, context: HandlerContext): Promise<void>;
}

// The organisation and everything under it by parent_id, as the tree stands now.
const SUBTREE_BY_PARENT = `with recursive below as (
    select o.id from org_read_model o where o.id = ?::uuid
    union
    select child.id from org_read_model child join below on child.parent_id = below.id
  ) select id from below`;

/**
 * Rewrites the closure paths of an organisation's subtree after it was registered or moved.
 * Recomputed from parent_id rather than patched, so that events in any order (a child
 * announced before its parent) end in the same closure.
 */
async function refreshClosure(em: EntityManager, organisationId: string): Promise<void> {
  await em.execute(`delete from org_read_model_closure where descendant_id in (${SUBTREE_BY_PARENT})`, [organisationId]);
  await em.execute(closurePathsSql(SUBTREE_BY_PARENT), [organisationId]);
}

async function updateOrganisation(em: EntityManager, envelope: EventEnvelope<unknown>, organisationId: string, set: string, params: unknown[]): Promise<boolean> {
  const updated = await em.execute<{ id: string }[]>(
    `update org_read_model set ${set}, last_event_at = ?::timestamptz, updated_at = now()
      where id = ?::uuid and last_event_at <= ?::timestamptz returning id`,
    [...params, envelope.occurredAt, organisationId, envelope.occurredAt],
  );
  if (updated.length > 0) return true;
  const [known] = await em.execute<{ id: string }[]>('select id from org_read_model where id = ?::uuid', [organisationId]);
  // Known but newer already: nothing to do. Unknown: the registration was never seen, which
  // only an operator can repair (replay the stream) — fail so the event is dead-lettered.
  if (!known) throw new Error(`${envelope.type} for organisation ${organisationId}, whose registration this service never received`);
  return false;
}

/** A change of organisation (organisation.member.moved with a different organisation). */
interface MemberMove {
  fromOrganisationId: string | null;
  effectiveDate: string;
}

async function upsertMember(envelope: EventEnvelope<MemberStanding>, context: HandlerContext, hooks: OrganisationReadModelHooks, move: MemberMove | null = null): Promise<void> {
  const member = envelope.data;
  // moved_* keep the last change of organisation; other member events leave them as they were.
  const applied = await context.em.execute<{ id: string }[]>(
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
  if (applied.length > 0 && hooks.memberChanged) await hooks.memberChanged(member, new Date(envelope.occurredAt), context);
}

/** Handlers for the ORGANISATION stream that keep the read model, with the consumer's own reactions. */
export function organisationReadModelHandlers(hooks: OrganisationReadModelHooks = {}): EventHandler<never>[] {
  return [
    eventHandler(organisationRegistered, async (envelope, { em }) => {
      const org = envelope.data;
      const applied = await em.execute<{ id: string }[]>(
        `insert into org_read_model (id, parent_id, kind, sector, code, name, valid_from, closed_on, active, last_event_at, updated_at)
         values (?::uuid, ?::uuid, ?, ?, ?, ?, ?::date, null, true, ?::timestamptz, now())
         on conflict (id) do update set parent_id = excluded.parent_id, kind = excluded.kind, sector = excluded.sector,
           code = excluded.code, name = excluded.name, valid_from = excluded.valid_from, last_event_at = excluded.last_event_at, updated_at = now()
         where org_read_model.last_event_at <= excluded.last_event_at
         returning id`,
        [org.organisationId, org.parentId, org.kind, org.sector, org.code, org.name, org.validFrom, envelope.occurredAt],
      );
      if (applied.length > 0) await refreshClosure(em, org.organisationId);
    }),
    eventHandler(organisationRevised, async (envelope, { em }) => {
      const org = envelope.data;
      await updateOrganisation(em, envelope, org.organisationId, 'kind = ?, sector = ?, code = ?, name = ?', [org.kind, org.sector, org.code, org.name]);
    }),
    eventHandler(organisationMoved, async (envelope, { em }) => {
      if (await updateOrganisation(em, envelope, envelope.data.organisationId, 'parent_id = ?::uuid', [envelope.data.toParentId])) {
        await refreshClosure(em, envelope.data.organisationId);
      }
    }),
    eventHandler(organisationClosed, async (envelope, context) => {
      const closure = envelope.data;
      await updateOrganisation(context.em, envelope, closure.organisationId, 'active = false, closed_on = ?::date', [closure.effectiveDate]);
      if (hooks.organisationClosed) await hooks.organisationClosed(closure, new Date(envelope.occurredAt), context);
    }),
    eventHandler(planTermSet, async (envelope, { em }) => {
      await em.execute(
        `insert into plan_term_read_model (id, first_year, last_year, last_event_at, updated_at)
         values (1, ?, ?, ?::timestamptz, now())
         on conflict (id) do update set first_year = excluded.first_year, last_year = excluded.last_year,
           last_event_at = excluded.last_event_at, updated_at = now()
         where plan_term_read_model.last_event_at <= excluded.last_event_at`,
        [envelope.data.firstYear, envelope.data.lastYear, envelope.occurredAt],
      );
    }),
    eventHandler(memberRegistered, (envelope, context) => upsertMember(envelope, context, hooks)),
    eventHandler(memberMadeOfficial, (envelope, context) => upsertMember(envelope, context, hooks)),
    eventHandler(memberMoved, (envelope, context) => {
      const { fromOrganisationId, organisationId, effectiveDate } = envelope.data;
      const move = fromOrganisationId !== organisationId ? { fromOrganisationId, effectiveDate } : null;
      return upsertMember(envelope, context, hooks, move);
    }),
  ] as EventHandler<never>[];
}
