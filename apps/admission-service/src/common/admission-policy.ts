import { z } from 'zod';
import { type AdmissionPolicy, DEFAULT_ADMISSION_POLICY } from '@pdv/admission-domain';
import { EDUCATION_LEVELS } from '@pdv/contracts';
import type { EntityManager } from '@pdv/persistence';
import { DECIDING_ROLES } from './permissions';

const workingDays = z.number().int().min(1).max(250);

/**
 * Each value the board may change, with the bounds that keep the rules meaningful: a deadline
 * of at least one working day and at most about a year, a competent committee that can reach
 * the deciding operations at all.
 */
export const admissionPolicySchemas: { [K in keyof AdmissionPolicy]: z.ZodType<AdmissionPolicy[K]> } = {
  minimumEducationLevel: z.enum(EDUCATION_LEVELS),
  educationExceptions: z
    .array(
      z.object({
        code: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'must be an upper-case code such as REMOTE_AREA (2–40 characters)'),
        minimumLevel: z.enum(EDUCATION_LEVELS),
        basis: z.string().trim().min(1, 'is required: the guidance the exception follows').max(500),
      }),
    )
    .max(20)
    .refine((list) => new Set(list.map((item) => item.code)).size === list.length, 'must not name a code twice'),
  youthAgeMaxYears: z.number().int().min(18).max(35),
  competentCommitteeRole: z.enum(DECIDING_ROLES as [string, ...string[]]),
  dueSoonWorkingDays: z.number().int().min(0).max(60),
  decisionWorkingDays: workingDays,
  decisionExtensionMaxWorkingDays: z.number().int().min(0).max(250),
  ceremonyWorkingDays: workingDays,
  memberHistoryWorkingDays: workingDays,
  recognitionMeetingWorkingDays: workingDays,
  recognitionDecisionWorkingDays: workingDays,
  recognitionDecisionExtensionMaxWorkingDays: z.number().int().min(0).max(250),
};

/**
 * The admission policy in force: the board's table over the defaults (a key missing or a row
 * that no longer parses falls back to its default rather than breaking every rule). Read per
 * request or inside the transaction of a write, like the calendar (loadWorkingDays), so the
 * readiness answer and the refusal of a write apply the same values, and due dates — never
 * stored — follow a change at once.
 */
export async function loadAdmissionPolicy(em: EntityManager): Promise<AdmissionPolicy> {
  const rows = await em.execute<{ key: string; value: unknown }[]>('select key, value from admission_policy_setting');
  const policy: AdmissionPolicy = { ...DEFAULT_ADMISSION_POLICY };
  for (const row of rows) {
    const key = row.key as keyof AdmissionPolicy;
    const parsed = admissionPolicySchemas[key]?.safeParse(row.value);
    if (parsed?.success) (policy as unknown as Record<string, unknown>)[key] = parsed.data;
  }
  return policy;
}
