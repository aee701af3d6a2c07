import { memberRegistered } from '@pdv/contracts';
import type { EventHandler } from '@pdv/messaging';

/**
 * The organisation read model's handlers, with organisation.member.registered also keeping
 * which member the organisation service registered for an admitted candidate (the new-member
 * course certificate is issued to the member; the recognition events name them). One handler
 * per event type on a stream, so this wraps the read model's rather than adding a second.
 */
export function withAdmittedMembers(handlers: EventHandler<never>[]): EventHandler<never>[] {
  return handlers.map((handler) => {
    if (handler.contract.type !== memberRegistered.type) return handler;
    return {
      contract: handler.contract,
      async handle(envelope, context) {
        await handler.handle(envelope, context);
        const { memberId, candidateId } = (envelope as unknown as { data: { memberId: string; candidateId: string | null } }).data;
        if (candidateId === null) return;
        await context.em.execute('insert into admitted_member (candidate_id, member_id, registered_at) values (?::uuid, ?::uuid, ?::timestamptz) on conflict do nothing', [
          candidateId,
          memberId,
          envelope.occurredAt,
        ]);
      },
    } as EventHandler<never>;
  });
}
