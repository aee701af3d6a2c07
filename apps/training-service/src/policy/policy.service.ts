import { z } from 'zod';
import { AppError } from '@pdv/errors';
import { checkTrainingPolicy, DEFAULT_TRAINING_POLICY, type TrainingPolicy } from '@pdv/training-domain';
import type { ServiceScope } from '../common/service-scope';
import { TrainingPolicySettingEntity } from './policy.entity';

const months = z.number().int().min(1).max(240);

/** Each setting the board may change, with the bounds that keep the rules meaningful. */
export const policySettingSchemas: { [K in keyof TrainingPolicy]: z.ZodType<TrainingPolicy[K]> } = {
  awarenessValidityMonths: months,
  newMemberValidityMonths: months,
  renewalWindowMonths: z.number().int().min(0).max(120),
  completionAttendancePercent: z.number().int().min(1).max(100),
  completionRequiresPass: z.boolean(),
};

export type PolicyChanges = Partial<TrainingPolicy>;

/** The ward's training policy: stored settings over the defaults of @pdv/training-domain. */
export class PolicyService {
  // One read per unit of work: a results sheet of 200 rows asks 200 times.
  private loaded: Promise<TrainingPolicy> | null = null;

  constructor(private readonly scope: ServiceScope) {}

  current(): Promise<TrainingPolicy> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  private async read(): Promise<TrainingPolicy> {
    const rows = await this.scope.em.find(TrainingPolicySettingEntity, {});
    const policy: TrainingPolicy = { ...DEFAULT_TRAINING_POLICY };
    for (const row of rows) {
      const key = row.key as keyof TrainingPolicy;
      // A corrupt or retired row falls back to its default rather than breaking every rule.
      const parsed = policySettingSchemas[key]?.safeParse(row.value);
      if (parsed?.success) (policy as unknown as Record<string, unknown>)[key] = parsed.data;
    }
    return policy;
  }

  /** Changes some values (BAD_USER_INPUT naming each bad one; TRAINING.POLICY_RANGE when they do not fit together). */
  async update(changes: PolicyChanges): Promise<TrainingPolicy> {
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined && value !== null) as [keyof TrainingPolicy, unknown][];
    const problems = entries.flatMap(([key, value]) => {
      const parsed = policySettingSchemas[key].safeParse(value);
      return parsed.success ? [] : [{ field: `input.${key}`, message: parsed.error.issues[0]?.message ?? 'is not valid' }];
    });
    if (problems.length > 0) throw AppError.badInput('Some policy values are not valid.', problems);
    const next = { ...(await this.current()), ...Object.fromEntries(entries) } as TrainingPolicy;
    checkTrainingPolicy(next);
    await this.scope.em.transactional(async (tx) => {
      const now = this.scope.clock.now();
      for (const [key, value] of entries) {
        await tx.execute(
          `insert into training_policy_setting (key, value, updated_at, updated_by) values (?, ?::jsonb, ?, ?)
           on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          [key, JSON.stringify(value), now, this.scope.actor.id],
        );
      }
    });
    this.loaded = null;
    return this.current();
  }
}
