import { type EventEnvelope, memberMadeOfficial, memberMoved, memberRegistered } from '@pdv/contracts';
import type { EventHandler } from '@pdv/messaging';

interface MemberEventData {
  memberId: string;
  organisationId: string | null;
  status: string;
  active: boolean;
  temporarilyAway: boolean;
  officialDate?: string | null;
  effectiveDate?: string;
}

/**
 * From which day the event's standing holds: a movement from its effective date, becoming
 * official from the official date; a registration carries no day the member joined the cell,
 * so it holds from the start (as the read model's current roll did for every date).
 */
function effectiveOn(type: string, data: MemberEventData): string {
  if (type === memberMoved.type) return data.effectiveDate!;
  if (type === memberMadeOfficial.type) return data.officialDate!;
  return '-infinity';
}

const MEMBER_EVENTS: readonly string[] = [memberRegistered.type, memberMadeOfficial.type, memberMoved.type];

/**
 * The organisation read model's handlers, with each member event also kept as the member's
 * standing from its day on (member_standing_history), whatever order events arrive in, so the
 * vote base is the roll on the meeting date. One handler per event type on a stream, so this
 * wraps the read model's (as withAdmittedMembers does).
 */
export function withMemberStandingHistory(handlers: EventHandler<never>[]): EventHandler<never>[] {
  return handlers.map((handler) => {
    if (!MEMBER_EVENTS.includes(handler.contract.type)) return handler;
    return {
      contract: handler.contract,
      async handle(envelope, context) {
        await handler.handle(envelope, context);
        const { id, type, occurredAt, data } = envelope as unknown as EventEnvelope<MemberEventData>;
        await context.em.execute(
          `insert into member_standing_history (event_id, member_id, effective_on, event_at, organisation_id, status, active, temporarily_away)
           values (?::uuid, ?::uuid, ?::date, ?::timestamptz, ?::uuid, ?, ?, ?) on conflict do nothing`,
          [id, data.memberId, effectiveOn(type, data), occurredAt, data.organisationId, data.status, data.active, data.temporarilyAway],
        );
      },
    } as EventHandler<never>;
  });
}
