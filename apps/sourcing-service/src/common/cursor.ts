import { AppError } from '@pdv/errors';
import { decodeCursor, isUuid } from '@pdv/graphql';

/** A keyset cursor of (sort value, id), as every list of this service uses. */
export function pairCursor(after: string | null | undefined): [string, string] | null {
  const values = decodeCursor(after, 2);
  if (!values) return null;
  const [value, id] = values;
  if (typeof value !== 'string' || typeof id !== 'string' || !isUuid(id)) {
    throw AppError.badInput('after is not a cursor from this list; start again without it.', [
      { field: 'after', message: 'is not a valid cursor' },
    ]);
  }
  return [value, id];
}
