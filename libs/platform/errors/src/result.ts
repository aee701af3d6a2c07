import type { FieldProblem } from './app-error';
import { AppError } from './app-error';

/** Collects input problems so a caller reports every one of them at once. */
export class Problems {
  private readonly list: FieldProblem[] = [];

  add(field: string, message: string): this {
    this.list.push({ field, message });
    return this;
  }

  get all(): readonly FieldProblem[] {
    return this.list;
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /** Throws BAD_USER_INPUT listing every problem, if there is any. */
  throwIfAny(summary = 'Some fields are not valid.'): void {
    if (this.list.length > 0) {
      const text = this.list.map((p) => `${p.field}: ${p.message}`).join('; ');
      throw AppError.badInput(`${summary} ${text}`, [...this.list]);
    }
  }
}

/** The answer for one item of a batch done item by item: its value, or why it was refused. */
export type ItemOutcome<K, T> = { key: K; ok: true; value: T } | { key: K; ok: false; code: string; rule: string | null; message: string };

/**
 * Runs `run` for each item in turn, each in its own transaction, so that one refused item
 * (an AppError: a rule, a conflict, a missing or forbidden item) names its problem and the
 * others stand — what an "accept the selected" or a results sheet needs. Anything else (a bug,
 * the database gone) is thrown: it is not the item's fault and must not read as a refusal.
 */
export async function eachOnItsOwn<K, T>(keys: readonly K[], run: (key: K) => Promise<T>): Promise<ItemOutcome<K, T>[]> {
  const outcomes: ItemOutcome<K, T>[] = [];
  for (const key of keys) {
    try {
      outcomes.push({ key, ok: true, value: await run(key) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ key, ok: false, code: error.code, rule: error.rule ?? null, message: error.message });
    }
  }
  return outcomes;
}
