import type { JetStreamClient, JetStreamManager, StoredMsg } from '@nats-io/jetstream';
import { DEAD_LETTER_STREAM, deadLetterFilter, streamName } from '../namespace';
import { type DeadLetter, readDeadLetterHeaders, replayMsgId } from './dead-letter-headers';

export interface ListDeadLettersOptions {
  /** Only this consumer's dead letters. */
  consumerName?: string;
  limit?: number;
}

export const DEFAULT_DEAD_LETTER_LIMIT = 100;

function toDeadLetter(sequence: number, header: StoredMsg['header'] | undefined): DeadLetter {
  return readDeadLetterHeaders(sequence, (key) => header?.get(key) ?? '');
}

/** Oldest first. Reads headers only: the bodies stay in the stream. */
export async function listDeadLetters(
  jsm: JetStreamManager,
  js: JetStreamClient,
  ns: string,
  options: ListDeadLettersOptions = {},
): Promise<DeadLetter[]> {
  const stream = streamName(ns, DEAD_LETTER_STREAM);
  const filter = deadLetterFilter(ns, options.consumerName);
  const limit = Math.max(1, options.limit ?? DEFAULT_DEAD_LETTER_LIMIT);
  // Counting first avoids waiting out a fetch's expiry when there is nothing (or little) to read.
  const info = await jsm.streams.info(stream, { subjects_filter: filter });
  const total = Object.values(info.state.subjects ?? {}).reduce((sum, count) => sum + count, 0);
  if (total === 0) return [];
  const wanted = Math.min(limit, total);
  // An ordered consumer: ephemeral, no acks, gone by itself after a few idle seconds.
  const consumer = await js.consumers.get(stream, { filter_subjects: filter, headers_only: true });
  const letters: DeadLetter[] = [];
  const messages = await consumer.fetch({ max_messages: wanted, expires: 2_000 });
  for await (const msg of messages) {
    letters.push(toDeadLetter(msg.seq, msg.headers));
    if (letters.length >= wanted || msg.info.pending === 0) break;
  }
  return letters;
}

export async function getDeadLetter(jsm: JetStreamManager, ns: string, sequence: number): Promise<StoredMsg> {
  const stored = await jsm.streams.getMessage(streamName(ns, DEAD_LETTER_STREAM), { seq: sequence }).catch(() => null);
  if (!stored) throw new Error(`no dead letter with sequence ${sequence}`);
  return stored;
}

export interface ReplayResult {
  deadLetter: DeadLetter;
  /** The new message's sequence in the original stream. */
  replayedSequence: number;
}

/**
 * Publishes the original envelope, unchanged, to its original subject and removes the dead
 * letter. Every consumer of that stream sees it again; each inbox still applies it at most
 * once, so only the consumer that had failed does any work.
 */
export async function replayDeadLetter(
  jsm: JetStreamManager,
  js: JetStreamClient,
  ns: string,
  sequence: number,
): Promise<ReplayResult> {
  const stored = await getDeadLetter(jsm, ns, sequence);
  const deadLetter = toDeadLetter(sequence, stored.header);
  if (!deadLetter.originalSubject) throw new Error(`dead letter ${sequence} names no original subject`);
  if (ns && !deadLetter.originalSubject.startsWith(`${ns}.`)) {
    throw new Error(`dead letter ${sequence} belongs to another namespace`);
  }
  const ack = await js.publish(deadLetter.originalSubject, stored.data, {
    msgID: replayMsgId(deadLetter.eventId, sequence),
  });
  await jsm.streams.deleteMessage(streamName(ns, DEAD_LETTER_STREAM), sequence);
  return { deadLetter, replayedSequence: ack.seq };
}

/** Removes a dead letter for good (erasing its body on disk). */
export async function discardDeadLetter(jsm: JetStreamManager, ns: string, sequence: number): Promise<DeadLetter> {
  const stored = await getDeadLetter(jsm, ns, sequence);
  await jsm.streams.deleteMessage(streamName(ns, DEAD_LETTER_STREAM), sequence);
  return toDeadLetter(sequence, stored.header);
}
