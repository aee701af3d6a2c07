import { type EventContract, STREAMS, type StreamName } from '@pdv/contracts';

/** The service streams plus the operators' dead-letter stream. */
export type MessagingStream = StreamName | 'DEADLETTER';

export const DEAD_LETTER_STREAM = 'DEADLETTER' as const;
const DEAD_LETTER_TOKEN = 'deadletter';

// Same rule as the EVENT_NAMESPACE config key: it becomes both a stream-name prefix (no
// dots allowed) and a subject token (no dots or wildcards allowed).
const NAMESPACE = /^[a-z0-9]{0,24}$/;

export function assertNamespace(ns: string): void {
  if (!NAMESPACE.test(ns)) throw new Error(`invalid event namespace "${ns}": lower-case letters and digits only`);
}

/** `ORGANISATION` in production, `<ns>_ORGANISATION` for a namespaced (test) deployment. */
export function streamName(ns: string, stream: MessagingStream): string {
  assertNamespace(ns);
  return ns ? `${ns}_${stream}` : stream;
}

/** Prefixes a bare subject (`organisation.x.y.v1`) with the namespace token. */
export function namespacedSubject(ns: string, subject: string): string {
  assertNamespace(ns);
  return ns ? `${ns}.${subject}` : subject;
}

/** Removes the namespace token, the inverse of namespacedSubject. */
export function bareSubject(ns: string, subject: string): string {
  assertNamespace(ns);
  const prefix = `${ns}.`;
  return ns && subject.startsWith(prefix) ? subject.slice(prefix.length) : subject;
}

/** The subject an event of this contract travels on. */
export function subjectOf(ns: string, contract: Pick<EventContract<unknown>, 'subject'>): string {
  return namespacedSubject(ns, contract.subject);
}

/** Everything a stream captures: `<ns.>organisation.>` or `<ns.>deadletter.>`. */
export function streamSubjects(ns: string, stream: MessagingStream): string {
  const token = stream === DEAD_LETTER_STREAM ? DEAD_LETTER_TOKEN : STREAMS[stream];
  return namespacedSubject(ns, `${token}.>`);
}

/**
 * `<ns.>deadletter.<consumer>.<original subject without namespace>`: operators can list one
 * consumer's dead letters by subject, and the namespace is not repeated.
 */
export function deadLetterSubject(ns: string, consumerName: string, originalSubject: string): string {
  assertConsumerName(consumerName);
  return namespacedSubject(ns, `${DEAD_LETTER_TOKEN}.${consumerName}.${bareSubject(ns, originalSubject)}`);
}

/** The filter for one consumer's dead letters, or all of them. */
export function deadLetterFilter(ns: string, consumerName?: string): string {
  if (consumerName === undefined) return streamSubjects(ns, DEAD_LETTER_STREAM);
  assertConsumerName(consumerName);
  return namespacedSubject(ns, `${DEAD_LETTER_TOKEN}.${consumerName}.>`);
}

// A consumer name is a durable name and a subject token: no dots, wildcards or spaces.
const CONSUMER_NAME = /^[a-z][a-z0-9-]{0,63}$/;

export function assertConsumerName(name: string): void {
  if (!CONSUMER_NAME.test(name)) {
    throw new Error(`invalid consumer name "${name}": lower-case letters, digits and '-', starting with a letter`);
  }
}
