import { randomUUID } from 'node:crypto';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { postGraphQL } from './identities';

/**
 * A schema-walking bad-input suite: for every Query and Mutation field, every argument and
 * every nested input field, by type, it sends a catalogue of bad values through the gateway
 * with everything else filled with valid-looking values, and requires BAD_USER_INPUT (or
 * NOT_FOUND while some id in the request is a made-up one), a message naming the field, and
 * an unchanged database. A new argument is covered without anyone writing a test for it.
 */

/** One bad value for one leaf, and why it is bad (shown when the service accepts it). */
export interface BadValue {
  label: string;
  value: unknown;
}

/** Rows of the service's database: `sql` from the service's test harness. */
export type SqlRunner = (query: string) => Promise<Record<string, unknown>[]>;

/**
 * Every table's row count and an md5 of its rows (the outbox and the migrations table
 * included: refusing bad input must record nothing, publish nothing).
 */
export function databaseSnapshot(sql: SqlRunner): () => Promise<string> {
  let query: string | undefined;
  return async () => {
    if (!query) {
      const tables = await sql(
        `select table_schema as s, table_name as t from information_schema.tables
          where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1, 2`,
      );
      query = tables
        .map(({ s, t }) => {
          const name = `"${String(s)}"."${String(t)}"`;
          return `select '${name}' as name, count(*)::int as rows, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash from ${name} x`;
        })
        .join(' union all ');
    }
    const rows = await sql(query);
    return rows.map((row) => `${String(row.name)}:${String(row.rows)}:${String(row.hash)}`).join('\n');
  };
}

const ID_VALUES: BadValue[] = [
  { label: 'a malformed id', value: 'not-a-uuid' },
  { label: 'a one-letter id', value: 'x' },
  { label: 'the nil UUID', value: '00000000-0000-0000-0000-000000000000' },
  { label: 'a UUID of version 0', value: '0b6d3a52-6c1e-0c4f-9a7e-2f1d5b8c9e01' },
  { label: 'a UUID of the wrong variant', value: '0b6d3a52-6c1e-4c4f-ca7e-2f1d5b8c9e01' },
  { label: 'a UUID followed by NUL', value: '0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01\u0000' },
  { label: 'an empty id', value: '' },
  { label: 'an integer id', value: 7 },
];

const LOCAL_DATE_VALUES: BadValue[] = [
  { label: '30 February', value: '2026-02-30' },
  { label: '31 April', value: '2026-04-31' },
  { label: 'month 13', value: '2026-13-01' },
  { label: 'a word', value: 'banana' },
  { label: 'year 1', value: '0001-01-01' },
  { label: 'year 9999', value: '9999-12-31' },
  { label: 'an instant', value: '2026-07-01T00:00:00Z' },
  { label: 'an empty date', value: '' },
];

const DATE_TIME_VALUES: BadValue[] = [
  { label: 'a date without time', value: '2026-12-01' },
  { label: '30 February at 10:00Z', value: '2026-02-30T10:00:00Z' },
  { label: '31 April at 10:00+07:00', value: '2026-04-31T10:00:00+07:00' },
  { label: 'an instant without zone', value: '2026-07-01T10:00:00' },
  { label: 'hour 24', value: '2026-07-01T24:00:00Z' },
  { label: 'year 9999', value: '9999-12-31T23:59:59Z' },
  { label: 'a word', value: 'banana' },
];

const STRING_VALUES: BadValue[] = [
  { label: 'NUL', value: 'Hoa\u0000' },
  { label: 'a bell character', value: 'Hoa\u0007' },
  { label: 'an escape sequence', value: '\u001b[31mHoa' },
  { label: 'a C1 control character', value: 'Hoa\u0085' },
  { label: 'text far over any limit', value: 'a'.repeat(20_000) },
];

const REQUIRED_STRING_VALUES: BadValue[] = [
  { label: 'an empty string', value: '' },
  { label: 'blanks only', value: '   ' },
];

const INT_VALUES: BadValue[] = [
  { label: 'a negative number', value: -1 },
  { label: 'a number over 32 bits', value: 2 ** 31 },
  { label: 'a number under 32 bits', value: -(2 ** 31) - 1 },
  { label: 'a fraction', value: 1.5 },
  { label: 'a numeric string', value: '1' },
];

const FLOAT_VALUES: BadValue[] = [
  { label: 'a negative number', value: -1 },
  { label: 'a string', value: 'one' },
];

const BOOLEAN_VALUES: BadValue[] = [{ label: 'a string', value: 'yes' }];

const ENUM_VALUES: BadValue[] = [
  { label: 'an unknown enum value', value: 'NOT_A_VALUE' },
  { label: 'an enum value in lower case', value: 'not_a_value' },
];

/** The bad values for a leaf of this type (`required`: the leaf is non-null). */
export function badValuesFor(type: GraphQLNamedType, required: boolean): BadValue[] {
  if (isEnumType(type)) return ENUM_VALUES;
  switch (type.name) {
    case 'ID':
      return ID_VALUES;
    case 'LocalDate':
      return LOCAL_DATE_VALUES;
    case 'DateTime':
      return DATE_TIME_VALUES;
    case 'String':
      return required ? [...STRING_VALUES, ...REQUIRED_STRING_VALUES] : STRING_VALUES;
    case 'Int':
      return INT_VALUES;
    case 'Float':
      return FLOAT_VALUES;
    case 'Boolean':
      return BOOLEAN_VALUES;
    default:
      return [{ label: 'a malformed value', value: 'x\u0000' }];
  }
}

/** Overrides of valid values, by argument path: `field.arg` or `field.arg.inputField…` (no list indexes). */
export type ValidValues = Record<string, unknown>;

/** A made-up well-formed id: an answer of NOT_FOUND is fair while one is in the request. */
const UNKNOWN_ID = randomUUID();

/** A valid-looking value for a leaf of this type, where the caller gave none. */
function defaultLeaf(type: GraphQLNamedType, name: string): unknown {
  if (isEnumType(type)) return type.getValues()[0]?.value;
  switch (type.name) {
    case 'ID':
      return UNKNOWN_ID;
    case 'LocalDate':
      return /birth/i.test(name) ? '1990-05-17' : '2026-01-15';
    case 'DateTime':
      return '2026-01-15T10:00:00+07:00';
    case 'String':
      return 'Kiểm thử';
    case 'Int':
      return /year/i.test(name) ? 2026 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      return 'x';
  }
}

interface Leaf {
  /** `arg.field.field` below the root field; list levels are one element. */
  path: string[];
  type: GraphQLNamedType;
  required: boolean;
}

function leavesOf(type: GraphQLInputType, path: string[], required: boolean, seen: ReadonlySet<string>, leaves: Leaf[]): void {
  if (isNonNullType(type)) return leavesOf(type.ofType, path, true, seen, leaves);
  if (isListType(type)) return leavesOf(type.ofType, path, required, seen, leaves);
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return;
    const inside = new Set(seen).add(type.name);
    for (const field of Object.values(type.getFields())) leavesOf(field.type, [...path, field.name], false, inside, leaves);
    return;
  }
  leaves.push({ path, type: getNamedType(type), required });
}

/**
 * A valid-looking value of `type` at `path`: the caller's override, else required fields
 * only (optional ones are left out), plus whatever lies on the way to `target`, where
 * `bad` goes instead of a valid value.
 */
function valueOf(type: GraphQLInputType, path: string[], target: string[] | null, bad: unknown, overrides: ValidValues, state: { unknownId: boolean }): unknown {
  const key = path.join('.');
  const onTarget = target !== null && target.length >= path.length && path.every((segment, index) => target[index] === segment);
  if (onTarget && target.length === path.length) return listWrapped(type, bad);
  if (!onTarget && key in overrides) return overrides[key];
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    // On the way to the target, a caller's whole-object override is the starting point.
    const given = onTarget ? overrides[key] : undefined;
    const object: Record<string, unknown> = given !== null && typeof given === 'object' && !Array.isArray(given) ? { ...given } : {};
    for (const field of Object.values(named.getFields())) {
      const fieldPath = [...path, field.name];
      const towardsTarget = onTarget && target[path.length] === field.name;
      if (!towardsTarget && field.name in object) continue;
      if (towardsTarget || isNonNullType(field.type) || fieldPath.join('.') in overrides) {
        object[field.name] = valueOf(field.type, fieldPath, towardsTarget ? target : null, bad, overrides, state);
      }
    }
    return listWrapped(type, object);
  }
  if (named.name === 'ID') state.unknownId = true;
  return listWrapped(type, defaultLeaf(named, path[path.length - 1]));
}

function listWrapped(type: GraphQLInputType, value: unknown): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) ? [listWrapped(inner.ofType, value)] : value;
}

function typeString(type: GraphQLInputType): string {
  return String(type);
}

/** One request of the suite. */
export interface BadInputCase {
  operation: 'query' | 'mutation';
  field: string;
  /** `field.arg.inputField`, as in overrides. */
  path: string;
  bad: BadValue;
  query: string;
  variables: Record<string, unknown>;
  /** Some id in the request is made up, so NOT_FOUND is a fair answer. */
  unknownId: boolean;
}

/** Every case for every Query and Mutation field of `schema` (federation's own fields left out). */
export function badInputCases(schema: GraphQLSchema, overrides: ValidValues = {}, skip: readonly string[] = []): BadInputCase[] {
  const cases: BadInputCase[] = [];
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [operation, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      if (field.name.startsWith('_')) continue;
      for (const arg of field.args) {
        const leaves: Leaf[] = [];
        leavesOf(arg.type, [arg.name], false, new Set(), leaves);
        for (const leaf of leaves) {
          const path = `${field.name}.${leaf.path.join('.')}`;
          if (skip.some((prefix) => path === prefix || path.startsWith(`${prefix}.`))) continue;
          for (const bad of badValuesFor(leaf.type, leaf.required)) {
            cases.push(caseFor(operation, field, leaf.path, bad, overrides));
          }
        }
      }
    }
  }
  return cases;
}

function caseFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, target: string[], bad: BadValue, overrides: ValidValues): BadInputCase {
  const state = { unknownId: false };
  const variables: Record<string, unknown> = {};
  const used: GraphQLArgument[] = [];
  for (const arg of field.args) {
    const path = [field.name, arg.name];
    const onTarget = target[0] === arg.name;
    if (!onTarget && !isNonNullType(arg.type) && !(path.join('.') in overrides)) continue;
    variables[arg.name] = valueOf(arg.type, path, onTarget ? [field.name, ...target] : null, bad.value, overrides, state);
    used.push(arg);
  }
  const declarations = used.map((arg) => `$${arg.name}: ${typeString(arg.type)}`).join(', ');
  const argumentList = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${operation} BadInput${declarations ? `(${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''}${selection} }`;
  return { operation, field: field.name, path: `${field.name}.${target.join('.')}`, bad, query, variables, unknownId: state.unknownId };
}

export interface BadInputSuiteOptions {
  /** The real gateway in front of the service (startGatewayProcess). */
  gatewayUrl: string;
  /** The subgraph's executable schema (its buildSubgraph result). */
  schema: GraphQLSchema;
  /** A bearer token allowed to call the field (the board, or the role the field is for). */
  tokenFor: (field: string) => string;
  /** The database state (databaseSnapshot over the service's database). */
  snapshot: () => Promise<string>;
  /** Valid values by argument path, for things a made-up value cannot stand in for (real ids, scopes). */
  validValues?: ValidValues;
  /** Argument paths (or prefixes) not to try, each with a reason in the caller's spec. */
  skip?: readonly string[];
  /**
   * Argument paths whose bound a domain rule owns (e.g. a quota target is "zero or more" by
   * rule): there RULE_VIOLATION with this rule id is the right answer, as the rule's own tests say.
   */
  ruledBy?: Readonly<Record<string, string>>;
  /** Requests in flight at once (default 6). */
  concurrency?: number;
}

export interface BadInputReport {
  /** How many requests the suite sent. */
  cases: number;
  /** One line per case the service did not refuse as it should, or per field whose run changed the database. */
  failures: string[];
}

/** Whether the answer names the field: its name in the message or in a problem's field path. */
function namesField(leafName: string, message: string, problems: unknown): boolean {
  // As a word: `id` must not be found inside "invalid".
  const name = new RegExp(`(^|[^A-Za-z0-9_])${leafName}($|[^A-Za-z0-9_])`);
  if (name.test(message)) return true;
  return Array.isArray(problems) && problems.some((problem) => typeof problem?.field === 'string' && name.test(problem.field));
}

async function judge(testCase: BadInputCase, url: string, token: string, rule: string | undefined): Promise<string | null> {
  const response = await postGraphQL(url, testCase.query, testCase.variables, { 'content-type': 'application/json', authorization: `Bearer ${token}` });
  const what = `${testCase.path} = ${testCase.bad.label}`;
  const error = response.errors?.[0];
  if (!error) return `${what}: accepted (${JSON.stringify(response.data).slice(0, 200)})`;
  const code = error.extensions?.code;
  const leafName = testCase.path.split('.').pop() ?? testCase.path;
  if (code === 'NOT_FOUND' && testCase.unknownId) return null;
  if (code === 'RULE_VIOLATION' && rule !== undefined && error.extensions?.rule === rule) return null;
  if (code !== 'BAD_USER_INPUT') return `${what}: ${String(code)} (${error.message.slice(0, 200)})`;
  if (!namesField(leafName, error.message, error.extensions?.problems)) return `${what}: the message does not name ${leafName} (${error.message.slice(0, 200)})`;
  return null;
}

async function inPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item);
    }
  });
  await Promise.all(workers);
}

/**
 * Runs every case, field by field (the cases of one field concurrently), with a database
 * snapshot before and after each field, and reports what the service let through.
 */
export async function runBadInputSuite(options: BadInputSuiteOptions): Promise<BadInputReport> {
  const cases = badInputCases(options.schema, options.validValues, options.skip);
  const byField = new Map<string, BadInputCase[]>();
  for (const testCase of cases) byField.set(testCase.field, [...(byField.get(testCase.field) ?? []), testCase]);
  const failures: string[] = [];
  let before = await options.snapshot();
  for (const [field, fieldCases] of byField) {
    const token = options.tokenFor(field);
    await inPool(fieldCases, options.concurrency ?? 6, async (testCase) => {
      const failure = await judge(testCase, options.gatewayUrl, token, options.ruledBy?.[testCase.path]);
      if (failure) failures.push(failure);
    });
    const after = await options.snapshot();
    if (after !== before) {
      const changed = after.split('\n').filter((line) => !before.split('\n').includes(line)).map((line) => line.split(':')[0]);
      failures.push(`${field}: bad input changed the database (${changed.join(', ')})`);
      before = after;
    }
  }
  return { cases: cases.length, failures };
}
