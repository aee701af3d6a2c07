import { randomUUID } from 'node:crypto';

/** Ids are generated in the application (see STYLE.md, habit 9). */
export function newId(): string {
  return randomUUID();
}
