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
