import type { QuotaWithAttainment } from './quota.service';
import { QuotaAttainment, ReferralQuota } from './quota.type';

export function toReferralQuota({ quota, attainment }: QuotaWithAttainment): ReferralQuota {
  return Object.assign(new ReferralQuota(), {
    id: quota.id,
    massOrganisationId: quota.massOrganisationId,
    year: quota.year,
    target: quota.target,
    setAt: quota.setAt,
    setBy: quota.setBy,
    attainment: Object.assign(new QuotaAttainment(), {
      counted: attainment.counted,
      referred: attainment.referred,
      accepted: attainment.accepted,
      ratio: attainment.ratio,
      percent: attainment.percent,
      expectedByToday: attainment.expectedByToday,
      status: attainment.status,
      asOf: attainment.asOf,
    }),
  });
}
