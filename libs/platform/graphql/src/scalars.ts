import { GraphQLError, GraphQLID, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isRealDate, parseLocalDate as calendarDateParts, utcDateOf } from '@pdv/calendar';
import { AppError } from '@pdv/errors';

// Dates outside these years are typing mistakes in this domain (births, plans, decisions),
// and far-off years are where JS Date and PostgreSQL disagree.
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

// RFC 3339 section 5.6 date-time: seconds required, an explicit offset or Z.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/;

// Checked field by field (@pdv/calendar): JS Date silently rolls 2026-02-30 over into March.
function isCalendarDay(year: number, month: number, day: number): boolean {
  return isPlausibleYear(year) && isRealDate(year, month, day);
}

/** true for a whole year in 1900–2200, the years LocalDate and DateTime accept (plan years, quota years). */
export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * A year argument (a filter, a plan year) or BAD_USER_INPUT naming `field`; absent stays
 * absent. Whether the year lies in the plan's term is a rule, checked where the rule lives.
 */
export function parseYear<T extends number | null | undefined>(year: T, field: string): T {
  if (year !== null && year !== undefined && !isPlausibleYear(year)) {
    throw AppError.badInput(`${field} must be a year between ${MIN_YEAR} and ${MAX_YEAR}.`, [
      { field, message: `must be a year between ${MIN_YEAR} and ${MAX_YEAR}` },
    ]);
  }
  return year;
}

/** true when `value` is a real calendar date written YYYY-MM-DD, in the years 1900–2200. */
export function isLocalDate(value: string): boolean {
  const parts = calendarDateParts(value);
  return parts !== null && isPlausibleYear(parts.year);
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function stringLiteral(ast: ValueNode): string | undefined {
  return ast.kind === Kind.STRING ? ast.value : undefined;
}

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw badInput(`LocalDate must be a real calendar date written YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}, e.g. 2025-07-01.`);
  }
  return value;
}

/**
 * A calendar date without time or zone (a birthday, an effective date). Dates in this
 * domain are Vietnamese calendar days, never instants, so they never shift across zones.
 */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time of day or time zone, written YYYY-MM-DD (ISO 8601).',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => {
    if (value instanceof Date) return utcDateOf(value);
    return parseLocalDate(value);
  },
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(stringLiteral(ast)),
});

/** The instant `value` names when it is an RFC 3339 date-time with a real date and time, else null. */
export function parseInstant(value: string): Date | null {
  const match = DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  if (match[8] !== 'Z' && (Number(match[10]) > 23 || Number(match[11]) > 59)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? parseInstant(value) : null;
  if (date) return date;
  throw badInput(
    `DateTime must be an RFC 3339 instant with seconds and a zone (Z or ±hh:mm), on a real date between ${MIN_YEAR} and ${MAX_YEAR}, e.g. 2025-07-01T08:30:00+07:00.`,
  );
}

/** An instant, serialised as ISO 8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 with a zone offset; always returned in UTC (…Z).',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => {
    const date = value instanceof Date ? value : parseDateTime(value);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast)),
});

// RFC 9562 versions 1–8 with the RFC 4122 variant (10xx): what crypto.randomUUID and the
// services' name-based ids produce. The nil and max UUIDs are no one's id.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** true when `value` is a UUID the application could have generated. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function parseId(value: unknown): string {
  if (typeof value !== 'string' || !isUuid(value)) {
    throw badInput('ID must be a UUID (RFC 9562, versions 1 to 8), e.g. 0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01.');
  }
  return value.toLowerCase();
}

/**
 * The built-in `ID`, strict on input: every id in this system is a UUID the application
 * generated, so anything else is refused before a resolver (or PostgreSQL) sees it. The
 * name stays `ID`, so the SDL and the federation keys do not change; output is untouched.
 */
export const UuidIdScalar = new GraphQLScalarType<string, string>({
  ...GraphQLID.toConfig(),
  description: 'A UUID (the built-in ID, strict on input).',
  parseValue: parseId,
  parseLiteral: (ast) => parseId(stringLiteral(ast)),
});
