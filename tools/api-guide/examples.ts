import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

// The API guide's example collection (docs/api/examples/): each example is three files,
//   NN-name.graphql           one operation; its first comment lines say who sends it:
//                             `# as: CELL_SECRETARY {{organisation:DD.KDC01}}` (role, then the scope:
//                             an id or a ward reference, not an earlier example's value)
//                             and optionally `# expect: errors` for an example of a refusal, and
//                             `# eventually` for one that reads what another service learns from
//                             events (retried for up to a minute until it answers as expected), and
//                             `# unordered` for one whose lists have no defined order (rows that tie
//                             on their sort key): its lists are compared sorted
//   NN-name.variables.json    its variables; strings "{{…}}" are filled in when it runs
//   NN-name.expected.json     the response, ids and dates normalised (written with --update)
// or, for a download, two files:
//   NN-name.export.json       {"as": "<role> [scope]", "path": "/exports/<name>.<xlsx|pdf>", "variables": {…}}
//   NN-name.expected.json     the HTTP status, content type and file name of the answer
// run in file-name order against the started demo ward. References:
//   {{organisation:<code>}}, {{massOrganisation:<code>}}   ids in the seeded ward, by code
//   {{<example>:<path>}}       a value from an earlier example's `data`, e.g.
//                              {{11-submit-referral:submitReferral.referral.id}}; `*` maps over a
//                              list: {{36-cell-members:members.edges.*.node.id}}
//   {{date:today}}, {{date:today-30}}, {{datetime:now}}      Vietnam's calendar day, offsets in days

export const EXAMPLES_DIR = 'docs/api/examples';

export interface Example {
  name: string;
  /** The GraphQL operation; for a download, null and `exportPath` is set. */
  operation: string | null;
  exportPath: string | null;
  variables: Record<string, unknown>;
  role: string;
  /** The scope as written (a reference or an id), null for unscoped roles. */
  scope: string | null;
  expectErrors: boolean;
  /** Reads a read model fed by events: retried until it answers as expected (a refused mutation changed nothing, so it may be retried too). */
  eventually: boolean;
  /** Its lists have no defined order: compared (and written) sorted. */
  unordered: boolean;
  expectedFile: string;
}

const AS = /^(\S+)(?:\s+(\S+))?$/;

async function readDownload(dir: string, name: string): Promise<Example> {
  const spec = JSON.parse(await readFile(path.join(dir, `${name}.export.json`), 'utf8')) as { as?: string; path?: string; variables?: Record<string, unknown> };
  const as = AS.exec(spec.as?.trim() ?? '');
  if (!as || !spec.path?.startsWith('/exports/')) throw new Error(`${EXAMPLES_DIR}/${name}.export.json needs "as" (a role, then the scope) and "path" ("/exports/<name>.<format>")`);
  return {
    name,
    operation: null,
    exportPath: spec.path,
    variables: spec.variables ?? {},
    role: as[1],
    scope: as[2] ?? null,
    expectErrors: false,
    eventually: false,
    unordered: false,
    expectedFile: path.join(dir, `${name}.expected.json`),
  };
}

export async function readExamples(root: string): Promise<Example[]> {
  const dir = path.join(root, EXAMPLES_DIR);
  const files = await readdir(dir);
  const downloads = files.filter((file) => file.endsWith('.export.json')).map((file) => file.slice(0, -'.export.json'.length));
  const names = files.filter((file) => file.endsWith('.graphql')).map((file) => file.slice(0, -'.graphql'.length));
  const all = await Promise.all([
    ...downloads.map((name) => readDownload(dir, name)),
    ...names.map(async (name): Promise<Example> => {
      const operation = await readFile(path.join(dir, `${name}.graphql`), 'utf8');
      const header = operation.split('\n').filter((line) => line.startsWith('#'));
      const as = header.map((line) => /^#\s*as:\s*(.+?)\s*$/.exec(line)?.[1]).map((text) => (text ? AS.exec(text) : null)).find(Boolean);
      if (!as) throw new Error(`${EXAMPLES_DIR}/${name}.graphql: the first comment lines must say who sends it, e.g. "# as: PARTY_BUILDING_BOARD"`);
      const variablesText = await readFile(path.join(dir, `${name}.variables.json`), 'utf8').catch(() => {
        throw new Error(`${EXAMPLES_DIR}/${name}.variables.json is missing (write {} for none)`);
      });
      return {
        name,
        operation,
        exportPath: null,
        variables: JSON.parse(variablesText) as Record<string, unknown>,
        role: as[1],
        scope: as[2] ?? null,
        expectErrors: header.some((line) => /^#\s*expect:\s*errors\s*$/.test(line)),
        eventually: header.some((line) => /^#\s*eventually\s*$/.test(line)),
        unordered: header.some((line) => /^#\s*unordered\s*$/.test(line)),
        expectedFile: path.join(dir, `${name}.expected.json`),
      };
    }),
  ]);
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every example's name, in the order they run (jest names its cases before any runs). */
export function exampleNames(root: string): string[] {
  return readdirSync(path.join(root, EXAMPLES_DIR))
    .map((file) => /^(.+?)\.(graphql|export\.json)$/.exec(file)?.[1])
    .filter((name): name is string => Boolean(name))
    .sort();
}

export interface ReferenceContext {
  organisations: ReadonlyMap<string, string>;
  massOrganisations: ReadonlyMap<string, string>;
  /** `data` of each example that has run, by name. */
  responses: ReadonlyMap<string, unknown>;
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
  now: Date;
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The value at a dotted path; `*` maps over a list (`edges.*.node.id`: every id of a page). */
function valueAt(value: unknown, keys: readonly string[]): unknown {
  if (keys.length === 0 || value === undefined || value === null) return value;
  const [key, ...rest] = keys;
  if (key === '*') return Array.isArray(value) ? value.map((item) => valueAt(item, rest)) : undefined;
  return typeof value === 'object' ? valueAt((value as Record<string, unknown>)[key], rest) : undefined;
}

/** One `{{…}}` reference's value; throws naming the reference when it finds nothing. */
export function resolveReference(reference: string, context: ReferenceContext): unknown {
  const [kind, ...rest] = reference.split(':');
  const argument = rest.join(':');
  const found = ((): unknown => {
    if (kind === 'organisation') return context.organisations.get(argument);
    if (kind === 'massOrganisation') return context.massOrganisations.get(argument);
    if (kind === 'date') {
      const offset = /^today(?:([+-])(\d+))?$/.exec(argument);
      return offset ? addDays(context.today, (offset[1] === '-' ? -1 : 1) * Number(offset[2] ?? 0)) : undefined;
    }
    if (kind === 'datetime' && argument === 'now') return context.now.toISOString();
    const response = context.responses.get(kind);
    return response === undefined ? undefined : valueAt(response, argument.split('.'));
  })();
  if (found === undefined || found === null) throw new Error(`{{${reference}}} refers to nothing (an unknown code, an example not run yet, or a path not in its response)`);
  return found;
}

/** The variables with every "{{…}}" string replaced (a whole-string reference keeps its value's type). */
export function fillReferences(value: unknown, context: ReferenceContext): unknown {
  if (typeof value === 'string') {
    const whole = /^\{\{([^{}]+)\}\}$/.exec(value);
    if (whole) return resolveReference(whole[1], context);
    return value.replace(/\{\{([^{}]+)\}\}/g, (_, reference: string) => String(resolveReference(reference, context)));
  }
  if (Array.isArray(value)) return value.map((item) => fillReferences(item, context));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillReferences(item, context)]));
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OPAQUE_KEYS = new Set(['cursor', 'endCursor', 'reference']);
/** Numbers of days counted up to today: they change with the day a run happens, as dates do. */
const DAYS_TO_TODAY_KEYS = new Set(['medianDaysInStage']);

/**
 * The response as the expected file holds it: ids, dates, times, cursors and day counts up to
 * today replaced by their kind (they differ between runs), everything else as the API sent it. A date inside
 * a message (e.g. "on 2026-03-16") is replaced the same way.
 */
export function normalise(value: unknown, key?: string): unknown {
  if (typeof value === 'number' && key && DAYS_TO_TODAY_KEYS.has(key)) return '<days>';
  if (typeof value === 'string') {
    if (key && OPAQUE_KEYS.has(key)) return `<${key}>`;
    if (UUID.test(value)) return '<id>';
    if (DATE_TIME.test(value)) return '<datetime>';
    if (DATE.test(value)) return '<date>';
    return value
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
      .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})/g, '<datetime>')
      .replace(/\b\d{4}-\d{2}-\d{2}\b/g, '<date>')
      .replace(/\b\d{2}[/-]\d{2}[/-]\d{4}\b/g, '<date>');
  }
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([entryKey, item]) => [entryKey, normalise(item, entryKey)]));
  return value;
}

export interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[];
}

/** Every list sorted by its items' JSON (after normalising), for a response whose lists have no defined order. */
export function sortedLists(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortedLists).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sortedLists(item)]));
  return value;
}

/** What an expected file holds: the data, and for a refusal the errors without their source locations. */
export function expectedOf(response: GraphQLResponse, options: { unordered?: boolean } = {}): unknown {
  const shown: Record<string, unknown> = { data: response.data ?? null };
  if (response.errors) shown.errors = response.errors.map(({ message, path: errorPath, extensions }) => ({ message, path: errorPath, extensions }));
  const normalised = normalise(shown);
  return options.unordered ? sortedLists(normalised) : normalised;
}

/** What an expected file holds for a download: the answer's status, type and file name (its bytes differ by date). */
export function expectedOfDownload(response: { status: number; headers: { get(name: string): string | null } }, bytes: number): unknown {
  // The Vietnamese file name (RFC 5987 `filename*`) shown decoded, as a browser saves it.
  const disposition = response.headers.get('content-disposition')?.replace(/filename\*=UTF-8''([^;]+)/, (_, encoded: string) => `filename*=UTF-8''${decodeURIComponent(encoded)}`);
  return normalise({
    status: response.status,
    contentType: response.headers.get('content-type'),
    contentDisposition: disposition ?? null,
    cacheControl: response.headers.get('cache-control'),
    nonEmpty: bytes > 0,
  });
}

/** Today's calendar day in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
