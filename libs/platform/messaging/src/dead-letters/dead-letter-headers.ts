/** Headers a dead letter carries; the body is the original message, byte for byte. */
export const DEAD_LETTER_HEADERS = {
  consumer: 'Pdv-Consumer',
  originalSubject: 'Pdv-Original-Subject',
  originalStream: 'Pdv-Original-Stream',
  originalSequence: 'Pdv-Original-Sequence',
  eventId: 'Pdv-Event-Id',
  eventType: 'Pdv-Event-Type',
  deliveryCount: 'Pdv-Delivery-Count',
  errorName: 'Pdv-Error-Name',
  errorMessage: 'Pdv-Error-Message',
  deadLetteredAt: 'Pdv-Dead-Lettered-At',
} as const;

export interface DeadLetterFacts {
  consumerName: string;
  /** The subject as received, namespace included: replay publishes back to it. */
  originalSubject: string;
  originalStream: string;
  originalSequence: number;
  /** Null when the message was too broken to carry one. */
  eventId: string | null;
  eventType: string;
  deliveryCount: number;
  error: unknown;
  /** The decoded message body, only used to keep its values out of the error text. */
  payload: unknown;
  at: Date;
}

const MAX_ERROR_MESSAGE = 300;
const REDACTED = '[redacted]';

function leafValues(value: unknown, into: Set<string>, depth = 0): Set<string> {
  if (depth > 8 || value === null || value === undefined) return into;
  if (typeof value === 'string') {
    if (value.length >= 3) into.add(value);
  } else if (typeof value === 'number' || typeof value === 'bigint') {
    const text = String(value);
    if (text.length >= 3) into.add(text);
  } else if (Array.isArray(value)) {
    for (const item of value) leafValues(item, into, depth + 1);
  } else if (typeof value === 'object') {
    for (const item of Object.values(value)) leafValues(item, into, depth + 1);
  }
  return into;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The event's data when the body is an envelope, else the whole body. */
function payloadValues(payload: unknown): unknown {
  if (payload && typeof payload === 'object' && 'data' in payload) return (payload as { data: unknown }).data;
  return payload;
}

/**
 * The error's name and a message safe to keep in a stream that operators read: every value
 * of the payload is replaced, as are long digit runs (identity numbers, phones) and e-mail
 * addresses that reached the text some other way; single line (it goes into a header), short.
 */
export function sanitizeError(error: unknown, payload: unknown): { name: string; message: string } {
  const name = error instanceof Error ? error.name : typeof error;
  let message = error instanceof Error ? error.message : 'non-error thrown';
  const values = [...leafValues(payloadValues(payload), new Set<string>())].sort((a, b) => b.length - a.length);
  for (const value of values) {
    message = message.replace(new RegExp(escapeRegExp(value), 'g'), REDACTED);
  }
  message = message
    .replace(/[^\s@"']+@[^\s@"']+\.[a-z]{2,}/gi, REDACTED)
    .replace(/\d{6,}/g, REDACTED)
    .replace(/\s+/g, ' ')
    // Header values must be printable ASCII; anything else is not diagnostic anyway.
    .replace(/[^\x20-\x7e]/g, '?')
    .trim();
  if (message.length > MAX_ERROR_MESSAGE) message = `${message.slice(0, MAX_ERROR_MESSAGE - 3)}...`;
  return { name: name.replace(/[^\w.-]/g, '_').slice(0, 64) || 'Error', message: message || '(no message)' };
}

export function buildDeadLetterHeaders(facts: DeadLetterFacts): Record<string, string> {
  const error = sanitizeError(facts.error, facts.payload);
  return {
    [DEAD_LETTER_HEADERS.consumer]: facts.consumerName,
    [DEAD_LETTER_HEADERS.originalSubject]: facts.originalSubject,
    [DEAD_LETTER_HEADERS.originalStream]: facts.originalStream,
    [DEAD_LETTER_HEADERS.originalSequence]: String(facts.originalSequence),
    [DEAD_LETTER_HEADERS.eventId]: facts.eventId ?? '',
    [DEAD_LETTER_HEADERS.eventType]: facts.eventType,
    [DEAD_LETTER_HEADERS.deliveryCount]: String(facts.deliveryCount),
    [DEAD_LETTER_HEADERS.errorName]: error.name,
    [DEAD_LETTER_HEADERS.errorMessage]: error.message,
    [DEAD_LETTER_HEADERS.deadLetteredAt]: facts.at.toISOString(),
  };
}

/**
 * Keyed by the original stream message, not the event id: a replayed event that fails
 * again is a new stream message and must be dead-lettered again, while a consumer that
 * crashed between dead-lettering and terminating is deduplicated.
 */
export function deadLetterMsgId(consumerName: string, originalStream: string, originalSequence: number): string {
  return `deadletter.${consumerName}.${originalStream}.${originalSequence}`;
}

/** A new message id for each replay, so the stream's dedup window does not swallow it. */
export function replayMsgId(eventId: string | null, deadLetterSequence: number): string {
  return `${eventId || 'unknown'}.replay.${deadLetterSequence}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The envelope id of a message that may not be a valid envelope. */
export function eventIdOf(payload: unknown): string | null {
  if (!payload || typeof payload !== 'object' || !('id' in payload)) return null;
  const id = (payload as { id: unknown }).id;
  return typeof id === 'string' && UUID.test(id) ? id : null;
}

export interface DeadLetter {
  /** The dead letter's sequence in the DEADLETTER stream: what replay and discard take. */
  sequence: number;
  consumerName: string;
  originalSubject: string;
  eventId: string | null;
  type: string;
  /** `<name>: <sanitized message>` */
  error: string;
  deliveredCount: number;
  deadLetteredAt: string;
}

export function readDeadLetterHeaders(sequence: number, header: (key: string) => string): DeadLetter {
  return {
    sequence,
    consumerName: header(DEAD_LETTER_HEADERS.consumer),
    originalSubject: header(DEAD_LETTER_HEADERS.originalSubject),
    eventId: header(DEAD_LETTER_HEADERS.eventId) || null,
    type: header(DEAD_LETTER_HEADERS.eventType),
    error: `${header(DEAD_LETTER_HEADERS.errorName)}: ${header(DEAD_LETTER_HEADERS.errorMessage)}`,
    deliveredCount: Number(header(DEAD_LETTER_HEADERS.deliveryCount)) || 0,
    deadLetteredAt: header(DEAD_LETTER_HEADERS.deadLetteredAt),
  };
}
