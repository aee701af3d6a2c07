import { z } from 'zod';
import { AppError, ruleViolation } from '@pdv/errors';
import { currentPlanTerm } from '@pdv/organisation-read-model';
import { DEFAULT_SOURCING_POLICY, EDUCATION_LEVELS, type PublishedNotice, type SourcingPolicy } from '@pdv/sourcing-domain';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import { requireCaller, type ServiceScope } from '../common/service-scope';
import { PrivacyNoticeEntity, type PrivacyNoticeRow, SourcingPolicySettingEntity } from './policy.entity';

const count = z.number().int().min(0);
const positive = z.number().int().min(1);

/** The values the organisation service owns and announces; this service keeps them as a read model. */
type OwnedElsewhere = 'planFirstYear' | 'planLastYear';
type SourcingSettings = Omit<SourcingPolicy, OwnedElsewhere>;

/** Each setting the ward may change here, with the bounds that keep the rules meaningful. */
export const policySettingSchemas: { [K in keyof SourcingSettings]: z.ZodType<SourcingSettings[K]> } = {
  maxCandidatesPerMentor: positive.max(20),
  reviewIntervalMonths: positive.max(12),
  quotaCounts: z.enum(['ACCEPTED', 'REFERRED']),
  minimumEducationLevel: z.enum(EDUCATION_LEVELS),
  maxNameLength: positive.max(500),
  maxAchievementsLength: positive.max(20_000),
  maxReasonLength: positive.max(20_000),
  maxNoticeVersionLength: positive.max(200),
  consentClockSkewSeconds: count.max(3_600),
};

export type PolicyChanges = Partial<SourcingSettings>;

/** The ward's sourcing policy and published privacy notices, read from this service's tables. */
export class PolicyService {
  // One read per unit of work: a list of 100 candidates asks for the policy 100 times.
  private loaded: Promise<SourcingPolicy> | null = null;

  constructor(private readonly scope: ServiceScope) {}

  /**
   * The policy in force: stored settings over the seeded defaults (a corrupt row falls back
   * to its default), and the plan term as the organisation service last announced it.
   */
  current(): Promise<SourcingPolicy> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  private async read(): Promise<SourcingPolicy> {
    const [rows, planTerm] = await Promise.all([
      this.scope.em.find(SourcingPolicySettingEntity, {}),
      currentPlanTerm(this.scope.em, { firstYear: DEFAULT_SOURCING_POLICY.planFirstYear, lastYear: DEFAULT_SOURCING_POLICY.planLastYear }),
    ]);
    const policy: SourcingPolicy = { ...DEFAULT_SOURCING_POLICY, planFirstYear: planTerm.firstYear, planLastYear: planTerm.lastYear };
    for (const row of rows) {
      const key = row.key as keyof SourcingSettings;
      const schema = policySettingSchemas[key];
      const parsed = schema?.safeParse(row.value);
      if (parsed?.success) (policy as unknown as Record<string, unknown>)[key] = parsed.data;
    }
    return policy;
  }

  async update(changes: PolicyChanges): Promise<SourcingPolicy> {
    const caller = requireCaller(this.scope);
    const problems: { field: string; message: string }[] = [];
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined && value !== null) as [
      keyof SourcingSettings,
      unknown,
    ][];
    for (const [key, value] of entries) {
      const parsed = policySettingSchemas[key].safeParse(value);
      if (!parsed.success) problems.push({ field: `input.${key}`, message: parsed.error.issues[0]?.message ?? 'is not valid' });
    }
    if (problems.length > 0) throw AppError.badInput('Some policy values are not valid.', problems);
    return this.scope.em.transactional(async (tx) => {
      const now = this.scope.deps.clock.now();
      for (const [key, value] of entries) {
        await tx.execute(
          `insert into sourcing_policy_setting (key, value, updated_at, updated_by) values (?, ?::jsonb, ?, ?)
           on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          [key, JSON.stringify(value), now, caller.identity.userId],
        );
      }
      const policy = await new PolicyService({ ...this.scope, em: tx }).current();
      this.loaded = null;
      return policy;
    });
  }

  async notices(): Promise<PrivacyNoticeRow[]> {
    return this.scope.em.find(PrivacyNoticeEntity, {}, { orderBy: { publishedAt: 'desc' } });
  }

  async publishedNotices(): Promise<PublishedNotice[]> {
    return (await this.notices()).map((notice) => ({ version: notice.version, publishedAt: notice.publishedAt }));
  }

  async publishNotice(input: { version: string; publishedAt: Date; summary: string }): Promise<PrivacyNoticeRow> {
    const caller = requireCaller(this.scope);
    const version = input.version.trim();
    const summary = input.summary.trim();
    const policy = await this.current();
    const problems: { field: string; message: string }[] = [];
    if (version === '' || version.length > policy.maxNoticeVersionLength) {
      problems.push({ field: 'input.version', message: `must be 1 to ${policy.maxNoticeVersionLength} characters` });
    }
    if (summary === '' || summary.length > 2_000) problems.push({ field: 'input.summary', message: 'must be 1 to 2000 characters' });
    if (problems.length > 0) throw AppError.badInput('The notice is not valid.', problems);
    return this.scope.em.transactional(async (tx) => {
      const existing = await tx.findOne(PrivacyNoticeEntity, { version });
      if (existing) throw ruleViolation(SOURCING_APP_RULES['SOURCING.NOTICE_EXISTS']);
      const row = tx.create(PrivacyNoticeEntity, {
        version,
        publishedAt: input.publishedAt,
        summary,
        recordedBy: caller.identity.userId,
        recordedAt: this.scope.deps.clock.now(),
      });
      tx.persist(row);
      return row;
    });
  }
}
