import { type EventHandler, eventHandler } from '@pdv/messaging';
import { quotaSet, targetExemptionRevoked, targetExemptionSet } from '@pdv/contracts';
import { quotaTarget } from '@pdv/evaluation-domain';

/**
 * The organisation service's exemptions, by year. Order-independent: a revocation that
 * arrives before its exemption leaves the row revoked, and the late exemption does not undo it.
 */
export function exemptionHandlers(): EventHandler<never>[] {
  return [
    eventHandler(targetExemptionSet, async (envelope, { em }) => {
      const { exemptionId, organisationId, year, reason } = envelope.data;
      await em.execute(
        `insert into target_exemption (exemption_id, organisation_id, year, reason, revoked, updated_at) values (?, ?, ?, ?, false, ?)
         on conflict (exemption_id) do nothing`,
        [exemptionId, organisationId, year, reason, new Date(envelope.occurredAt)],
      );
    }),
    eventHandler(targetExemptionRevoked, async (envelope, { em }) => {
      const { exemptionId, organisationId, year } = envelope.data;
      // The reason is unknown until the exemption itself arrives; a revoked row's reason is never read.
      await em.execute(
        `insert into target_exemption (exemption_id, organisation_id, year, reason, revoked, updated_at) values (?, ?, ?, '', true, ?)
         on conflict (exemption_id) do update set revoked = true, updated_at = excluded.updated_at`,
        [exemptionId, organisationId, year, new Date(envelope.occurredAt)],
      );
    }),
  ] as EventHandler<never>[];
}

/**
 * Mass organisations' referral quotas as the sourcing service publishes them (its record keeps
 * who set them and why). A later value wins; an older event arriving late changes nothing.
 */
export function quotaHandlers(): EventHandler<never>[] {
  return [
    eventHandler(quotaSet, async (envelope, { em }) => {
      const target = quotaTarget(envelope.data);
      await em.execute(
        `insert into evaluation_target (kind, year, subject, minimum, upper, applies_to, updated_at) values (?, ?, ?, ?, null, '[]'::jsonb, ?)
         on conflict (kind, year, subject) do update set minimum = excluded.minimum, updated_at = excluded.updated_at
         where evaluation_target.updated_at < excluded.updated_at`,
        [target.kind, target.year, target.subjectId, target.minimum, new Date(envelope.occurredAt)],
      );
    }),
  ] as EventHandler<never>[];
}
