import { Client } from 'pg';

/**
 * Counts the SQL statements this process sends to PostgreSQL while a window is open, so a
 * spec can prove that a request's cost does not grow with the page size or the tree's depth.
 * It wraps `pg`'s `Client.prototype.query` (every statement of MikroORM, knex and the raw
 * clients goes through it) — it observes, it does not replace: the statements still run
 * against the real database. The service under test runs in the spec's process (see
 * startServiceHarness), the gateway in another, so only the service's statements count.
 *
 * Background work of the service (the outbox relay, the consumers, LISTEN) and transaction
 * control are left out by default: they are not the request's reads.
 */
export const BACKGROUND_STATEMENTS: readonly RegExp[] = [
  /\boutbox_event\b/i,
  /\binbox_event\b/i,
  /pg_try_advisory/i,
  /^\s*(listen|unlisten|begin|commit|rollback|savepoint|release savepoint|set\b)/i,
];

export interface StatementCount {
  /** How many statements were counted so far. */
  readonly count: number;
  /** Their SQL text, in order (for a failure message). */
  readonly statements: readonly string[];
  /** Closes the window and returns what it counted. */
  stop(): { count: number; statements: string[] };
}

type Query = (this: Client, ...args: unknown[]) => unknown;

const windows = new Set<{ statements: string[]; exclude: readonly RegExp[] }>();
let original: Query | null = null;

function textOf(first: unknown): string {
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && 'text' in first && typeof (first as { text: unknown }).text === 'string') {
    return (first as { text: string }).text;
  }
  return '';
}

function install(): void {
  if (original) return;
  const prototype = Client.prototype as unknown as { query: Query };
  original = prototype.query;
  const wrapped = original;
  prototype.query = function countedQuery(this: Client, ...args: unknown[]) {
    const text = textOf(args[0]);
    for (const window of windows) {
      if (!window.exclude.some((pattern) => pattern.test(text))) window.statements.push(text);
    }
    return wrapped.apply(this, args);
  };
}

function uninstallWhenIdle(): void {
  if (windows.size > 0 || !original) return;
  (Client.prototype as unknown as { query: Query }).query = original;
  original = null;
}

/** Opens a counting window; `exclude` replaces BACKGROUND_STATEMENTS. */
export function startStatementCount(options: { exclude?: readonly RegExp[] } = {}): StatementCount {
  install();
  const window = { statements: [] as string[], exclude: options.exclude ?? BACKGROUND_STATEMENTS };
  windows.add(window);
  return {
    get count() {
      return window.statements.length;
    },
    get statements() {
      return window.statements;
    },
    stop() {
      windows.delete(window);
      uninstallWhenIdle();
      return { count: window.statements.length, statements: [...window.statements] };
    },
  };
}

/** Runs `work` and returns how many statements it sent, with their text. */
export async function countStatements<T>(work: () => Promise<T>, options: { exclude?: readonly RegExp[] } = {}): Promise<{ result: T; count: number; statements: string[] }> {
  const window = startStatementCount(options);
  try {
    const result = await work();
    return { result, ...window.stop() };
  } finally {
    window.stop();
  }
}
