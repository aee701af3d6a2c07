import { randomUUID } from 'node:crypto';
import type { AdmissionPolicy } from '@pdv/admission-domain';
import { checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import { admissionPolicySchemas, loadAdmissionPolicy } from '../common/admission-policy';
import type { ServiceScope } from '../common/service-scope';
import type { AdmissionPolicyChangeRow } from './policy.entity';

export type AdmissionPolicyChanges = Partial<AdmissionPolicy>;

/** The board's admission policy: values changed one request at a time, each change kept with the value before, who and why. */
export class AdmissionPolicyService {
  constructor(private readonly scope: ServiceScope) {}

  current(): Promise<AdmissionPolicy> {
    return loadAdmissionPolicy(this.scope.em);
  }

  /** Every change, oldest first. */
  changes(): Promise<AdmissionPolicyChangeRow[]> {
    return this.scope.em.execute<AdmissionPolicyChangeRow[]>(
      `select id, key, previous_value as "previousValue", value, reason, changed_at as "changedAt", changed_by as "changedBy", changed_by_role as "changedByRole"
         from admission_policy_change order by changed_at, id`,
    );
  }

  /**
   * Changes the values given (BAD_USER_INPUT naming each bad one, or a missing reason, and
   * nothing written). Changes are serialised, so each records the value it replaced. A
   * changed deadline moves every open due date at once: they are counted at read time.
   */
  async update(changes: AdmissionPolicyChanges, reason: string): Promise<AdmissionPolicy> {
    const { clock, actor } = this.scope;
    const problems = new Problems();
    const why = checkRequiredText(problems, 'input.reason', reason, TEXT_LIMITS.note);
    const entries: [keyof AdmissionPolicy, unknown][] = [];
    for (const [key, value] of Object.entries(changes) as [keyof AdmissionPolicy, unknown][]) {
      if (value === undefined || value === null) continue;
      const parsed = admissionPolicySchemas[key].safeParse(value);
      if (parsed.success) entries.push([key, parsed.data]);
      // Every problem of the value at once, each at its own path (input.educationExceptions.0.basis).
      else for (const issue of parsed.error.issues) problems.add(issue.path.length ? `input.${key}.${issue.path.join('.')}` : `input.${key}`, issue.message);
    }
    if (entries.length === 0 && problems.isEmpty) problems.add('input', 'names no value to change');
    problems.throwIfAny('Some policy values are not valid.');
    return this.scope.em.transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(hashtext('admission_policy_setting'))`);
      const before = await loadAdmissionPolicy(em);
      const now = clock.now();
      for (const [key, value] of entries) {
        if (JSON.stringify(before[key]) === JSON.stringify(value)) continue;
        await em.execute(
          `insert into admission_policy_setting (key, value, updated_at, updated_by) values (?, ?::jsonb, ?, ?)
           on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          [key, JSON.stringify(value), now, actor.id],
        );
        await em.execute(
          `insert into admission_policy_change (id, key, previous_value, value, reason, changed_at, changed_by, changed_by_role)
           values (?::uuid, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)`,
          [randomUUID(), key, JSON.stringify(before[key]), JSON.stringify(value), why, now, actor.id, actor.role],
        );
      }
      return loadAdmissionPolicy(em);
    });
  }
}
