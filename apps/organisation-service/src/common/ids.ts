import { randomUUID } from 'node:crypto';
import { AppError, type Problems } from '@pdv/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of this service are UUIDs; anything else would only fail later inside PostgreSQL. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Adds a problem when `value` is not a UUID (null/undefined pass: optional fields). */
export function checkUuid(problems: Problems, field: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined && !isUuid(value)) problems.add(field, 'must be an id (UUID) returned by this API');
}

/** Ids are generated in the application (see STYLE.md, habit 9). */
export function newId(): string {
  return randomUUID();
}

/** The id argument itself, or BAD_USER_INPUT when it is not a UUID. */
export function parseId(value: string, field = 'id'): string {
  if (!isUuid(value)) {
    throw AppError.badInput(`${field} is not an id returned by this API.`, [{ field, message: 'must be an id (UUID) returned by this API' }]);
  }
  return value;
}
