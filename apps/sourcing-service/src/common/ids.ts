import { createHash, randomUUID } from 'node:crypto';

/** Makes ids; services take one so the seed can make them deterministic. */
export type IdFactory = () => string;

export const randomIds: IdFactory = randomUUID;

// A fixed namespace for this service's name-based ids (RFC 9562 version 5).
const NAMESPACE = Buffer.from('6f1b8a52c4e34f4d9a0e5d2c7b3e1f09', 'hex');

/** A UUID v5 from a name: the same name always gives the same id (idempotent seeds). */
export function nameBasedId(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
