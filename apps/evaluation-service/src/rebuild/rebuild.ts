import { parseEnvelope } from '@pdv/contracts';
import { connectNats, type EventHandler, openJetStream, streamName, subjectOf } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import { chunks, dropDatabase, type EntityManager, type MikroORM, openMigratedOrm } from '@pdv/persistence';
import type { EvaluationConfig } from '../config';
import { entities } from '../entities';
import { migrations } from '../migrations';
import { evaluationConsumers } from '../server';
import { READ_MODEL_TABLES } from './read-model-tables';

export interface RebuildResult {
  database: string;
  /** Wall time from dropping the database to every stream replayed. */
  durationMs: number;
  /** Of it, reading the streams and applying the events (without creating and migrating the database). */
  replayMs: number;
  /** Messages read from each stream. */
  messages: Record<string, number>;
  rows: Record<string, number>;
}

export interface RebuildOptions {
  config: EvaluationConfig;
  /** The fresh database to replay into (dropped first if it exists). */
  database: string;
  logger: Logger;
  /** Rounds of retrying the events a handler refused for now (default 5). */
  maxRounds?: number;
}

/** Events applied in one transaction (the live consumer's default is 50). */
const EVENTS_PER_TRANSACTION = 200;

type JetStream = Awaited<ReturnType<typeof openJetStream>>;

/** One stored event, with what the replay orders it by. */
interface StoredEvent {
  stream: string;
  seq: number;
  subject: string;
  /** The envelope's id: a stream may hold an event twice (republished after its de-duplication window). */
  eventId: string;
  /** The candidate the event is about (its progress facts are keyed by it), or null. */
  candidateId: string | null;
  occurredAt: string;
  payload: unknown;
}

const decoder = new TextDecoder();

/** Every message a stream holds, oldest first, read with an ordered (ephemeral) consumer: no durable is left behind. */
async function readStream({ js, jsm }: JetStream, stream: string): Promise<StoredEvent[]> {
  // A stream no service has published on yet (a fresh installation) holds nothing to replay.
  const info = await jsm.streams.info(stream).catch(() => null);
  if (info === null) return [];
  const { state } = info;
  if (state.messages === 0) return [];
  const consumer = await js.consumers.get(stream);
  const events: StoredEvent[] = [];
  const messages = await consumer.consume();
  for await (const msg of messages) {
    const payload = JSON.parse(decoder.decode(msg.data)) as { id?: string; occurredAt?: string; data?: { candidateId?: unknown } };
    const candidateId = typeof payload.data?.candidateId === 'string' ? payload.data.candidateId : null;
    events.push({ stream, seq: msg.seq, subject: msg.subject, eventId: payload.id ?? `${stream}:${msg.seq}`, candidateId, occurredAt: payload.occurredAt ?? '', payload });
    if (msg.info.pending === 0 || msg.seq >= state.last_seq) break;
  }
  await messages.close();
  return events;
}

/**
 * The streams merged into the order the facts happened (occurredAt, then stream and sequence
 * for a tie): the order the live consumers would have applied them had no stream lagged.
 */
const byOccurrence = (a: StoredEvent, b: StoredEvent) => a.occurredAt.localeCompare(b.occurredAt) || a.stream.localeCompare(b.stream) || a.seq - b.seq;

function mergedByOccurrence(streams: readonly StoredEvent[][]): StoredEvent[] {
  const merged = streams.flat().sort(byOccurrence);
  // Each event once, as the live consumer's inbox applies it: a copy the stream took again
  // (republished after the de-duplication window) is a redelivery, not a new fact.
  const seen = new Set<string>();
  return merged.filter((event) => {
    if (seen.has(event.eventId)) return false;
    seen.add(event.eventId);
    return true;
  });
}

/**
 * Replays every event from the start of the streams into a fresh database, through the very
 * handlers the service runs (evaluationConsumers), in transactions of a few hundred events, in the order
 * the facts happened across streams. An event a handler refuses for now (a fact for a unit
 * the tree does not hold yet) is tried again after the others, as redelivery would; one still
 * refused then fails the rebuild. The live database, the live consumers and their durables
 * are untouched.
 */
export async function rebuildReadModel(options: RebuildOptions): Promise<RebuildResult> {
  const { config, database, logger } = options;
  const started = Date.now();
  await dropDatabase(config.DATABASE_URL, database);
  const { orm } = await openMigratedOrm({ serverUrl: config.DATABASE_URL, dbName: database, entities, migrations, logger });
  const nc = await connectNats({ url: config.NATS_URL, name: 'evaluation-rebuild', logger });
  const replayStarted = Date.now();
  try {
    const jetStream = await openJetStream(nc);
    const handlers = new Map<string, EventHandler<unknown>>();
    for (const { handlers: list } of evaluationConsumers()) for (const handler of list) handlers.set(subjectOf(config.EVENT_NAMESPACE, handler.contract), handler);
    const streams = await Promise.all(evaluationConsumers().map(({ stream }) => readStream(jetStream, streamName(config.EVENT_NAMESPACE, stream))));
    const messages = Object.fromEntries(evaluationConsumers().map(({ stream }, i) => [stream, streams[i].length]));
    const apply = async (em: EntityManager, event: StoredEvent) => {
      const handler = handlers.get(event.subject);
      // Another event of the same stream that this service does not care about.
      if (handler) await handler.handle(parseEnvelope(handler.contract, event.payload), { em, logger });
    };
    logger.info({ messages, readMs: Date.now() - replayStarted }, 'streams read for the rebuild');
    let pending = mergedByOccurrence(streams);
    for (let round = 0; pending.length > 0; round += 1) {
      const refused: { event: StoredEvent; error: unknown }[] = [];
      // A candidate whose event was refused (its cell not in the tree yet) has its later events
      // held back with it: applied ahead of it, a nomination would find no journey and be lost.
      // Live, the other streams' events for that candidate come minutes later, after the redelivery.
      const held = new Set<string>();
      const holdBack = (event: StoredEvent, error: unknown) => {
        refused.push({ event, error });
        if (event.candidateId) held.add(event.candidateId);
      };
      const isHeld = (event: StoredEvent) => event.candidateId !== null && held.has(event.candidateId);
      for (const batch of chunks(pending, EVENTS_PER_TRANSACTION)) {
        const ready = batch.filter((event) => {
          if (!isHeld(event)) return true;
          refused.push({ event, error: 'held back behind an earlier event of the same candidate' });
          return false;
        });
        try {
          // A batch in one transaction, as the live consumer groups waiting events.
          await orm.em.fork().transactional(async (em) => {
            for (const event of ready) {
              await apply(em, event);
              // Each handler's entities flushed before the next handler's SQL looks for them, as
              // the live consumer does in a group (a cell registered, then a referral to it).
              await em.flush();
            }
          });
        } catch {
          // One of them is refused for now: the batch again, each event on its own.
          for (const event of ready) {
            if (isHeld(event)) {
              refused.push({ event, error: 'held back behind an earlier event of the same candidate' });
              continue;
            }
            try {
              await orm.em.fork().transactional((em) => apply(em, event));
            } catch (error) {
              holdBack(event, error);
            }
          }
        }
      }
      if (refused.length > 0 && (refused.length === pending.length || round >= (options.maxRounds ?? 5))) {
        const first = refused.find((r) => typeof r.error !== 'string') ?? refused[0];
        throw new Error(`${refused.length} events could not be replayed; the first: ${first.event.subject} (${String(first.error)})`);
      }
      pending = refused.map((r) => r.event).sort(byOccurrence);
    }
    const durationMs = Date.now() - started;
    const replayMs = Date.now() - replayStarted;
    const rows: Record<string, number> = {};
    for (const { table, where } of READ_MODEL_TABLES) {
      const [row] = await orm.em.fork().execute<{ count: string }[]>(`select count(*) as count from "${table}"${where ? ` where ${where}` : ''}`);
      rows[table] = Number(row.count);
    }
    return { database, durationMs, replayMs, messages, rows };
  } finally {
    await nc.close();
    await orm.close();
  }
}

/** A table's read-model rows as sorted JSON lines, the clock's columns left out. */
async function tableRows(em: EntityManager, table: string, clockColumns: readonly string[], where: string | null): Promise<string[]> {
  const columns = await em.execute<{ column_name: string }[]>(
    "select column_name from information_schema.columns where table_schema = 'public' and table_name = ? order by ordinal_position",
    [table],
  );
  const compared = columns.map((c) => c.column_name).filter((c) => !clockColumns.includes(c));
  const rows = await em.execute<{ line: string }[]>(
    `select row_to_json(t)::text as line from (select ${compared.map((c) => `"${c}"`).join(', ')} from "${table}"${where ? ` where ${where}` : ''}) t`,
  );
  return rows.map((r) => r.line).sort();
}

export interface ReadModelDifference {
  table: string;
  /** Rows only in the live database, and only in the rebuilt one (the first few of each). */
  onlyLive: string[];
  onlyRebuilt: string[];
}

/** Every read-model table that differs between two databases (empty: the same read model). */
export async function compareReadModels(live: MikroORM, rebuilt: MikroORM): Promise<ReadModelDifference[]> {
  const differences: ReadModelDifference[] = [];
  for (const { table, clockColumns, where } of READ_MODEL_TABLES) {
    const [a, b] = await Promise.all([tableRows(live.em.fork(), table, clockColumns, where), tableRows(rebuilt.em.fork(), table, clockColumns, where)]);
    const inLive = new Set(a);
    const inRebuilt = new Set(b);
    const onlyLive = a.filter((line) => !inRebuilt.has(line));
    const onlyRebuilt = b.filter((line) => !inLive.has(line));
    if (onlyLive.length > 0 || onlyRebuilt.length > 0) differences.push({ table, onlyLive: onlyLive.slice(0, 5), onlyRebuilt: onlyRebuilt.slice(0, 5) });
  }
  return differences;
}
