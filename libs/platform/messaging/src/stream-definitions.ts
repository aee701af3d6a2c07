import {
  AckPolicy,
  type ConsumerConfig,
  type ConsumerInfo,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamManager,
  ReplayPolicy,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { STREAMS, type StreamName } from '@pdv/contracts';
import { assertConsumerName, DEAD_LETTER_STREAM, type MessagingStream, streamName, streamSubjects } from './namespace';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The dedup window also bounds how long a relay may retry one event and still be deduplicated. */
export const DUPLICATE_WINDOW_MS = 2 * 60 * 1000;

export const SERVICE_STREAMS = Object.keys(STREAMS) as StreamName[];

/**
 * Every stream of the platform, in this one place. Only fields that server 2.9 knows: the
 * v3 client refuses `metadata`, `compression`, `first_seq`, `subject_transform` and
 * `consumer_limits` there.
 */
export function streamDefinitions(ns: string): StreamConfig[] {
  const common = {
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    num_replicas: 1,
    max_msgs: -1,
    max_bytes: -1,
    max_msg_size: 1024 * 1024,
    max_msgs_per_subject: -1,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  };
  const services = SERVICE_STREAMS.map(
    (stream): StreamConfig =>
      ({
        ...common,
        name: streamName(ns, stream),
        subjects: [streamSubjects(ns, stream)],
        description: `Facts published by the ${STREAMS[stream]} service`,
        // A year: long enough for a new consumer to rebuild its read model over one
        // admission cycle; the owning service's database stays the source of truth.
        max_age: nanos(365 * DAY_MS),
      }) as StreamConfig,
  );
  const deadLetters = {
    ...common,
    name: streamName(ns, DEAD_LETTER_STREAM),
    subjects: [streamSubjects(ns, DEAD_LETTER_STREAM)],
    description: 'Messages a consumer gave up on, for operators to inspect, replay or discard',
    max_age: nanos(90 * DAY_MS),
  } as StreamConfig;
  return [...services, deadLetters];
}

function isApiError(error: unknown, code: number): boolean {
  return error instanceof JetStreamApiError && error.code === code;
}

/** Adds each stream, or brings an existing one in line with its definition. Safe at every start. */
export async function ensureStreams(jsm: JetStreamManager, ns: string): Promise<string[]> {
  const names: string[] = [];
  for (const definition of streamDefinitions(ns)) {
    try {
      await jsm.streams.info(definition.name);
      // Storage and retention cannot change after creation; the rest is updatable.
      const { name, storage: _storage, retention: _retention, ...updatable } = definition;
      await jsm.streams.update(name, updatable);
    } catch (error) {
      if (!isApiError(error, JetStreamApiCodes.StreamNotFound)) throw error;
      await jsm.streams.add(definition);
    }
    names.push(definition.name);
  }
  return names;
}

export interface DurableConsumerSpec {
  stream: MessagingStream;
  /** The consuming service, e.g. `sourcing-service`: one durable per (service, stream). */
  durableName: string;
  /** Server 2.9 takes one filter subject only; defaults to the whole stream. */
  filterSubject?: string;
  ackWaitMs: number;
  maxDeliver: number;
  maxAckPending?: number;
}

export function durableConsumerConfig(ns: string, spec: DurableConsumerSpec): Partial<ConsumerConfig> {
  assertConsumerName(spec.durableName);
  return {
    durable_name: spec.durableName,
    description: `${spec.durableName} on ${spec.stream}`,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    replay_policy: ReplayPolicy.Instant,
    ack_wait: nanos(spec.ackWaitMs),
    max_deliver: spec.maxDeliver,
    max_ack_pending: spec.maxAckPending ?? 1000,
    filter_subject: spec.filterSubject ?? streamSubjects(ns, spec.stream),
  };
}

/**
 * The one way consumers come into being (never ad hoc in handlers). Adds the durable, or
 * updates the fields that may change; a changed filter subject on 2.9 needs the durable
 * deleted by an operator, so that is reported rather than silently kept.
 */
export async function ensureDurableConsumer(
  jsm: JetStreamManager,
  ns: string,
  spec: DurableConsumerSpec,
): Promise<ConsumerInfo> {
  const stream = streamName(ns, spec.stream);
  const config = durableConsumerConfig(ns, spec);
  let existing: ConsumerInfo;
  try {
    existing = await jsm.consumers.info(stream, spec.durableName);
  } catch (error) {
    if (!isApiError(error, JetStreamApiCodes.ConsumerNotFound)) throw error;
    return jsm.consumers.add(stream, config);
  }
  if ((existing.config.filter_subject ?? '') !== config.filter_subject) {
    throw new Error(
      `consumer ${spec.durableName} on ${stream} filters ${existing.config.filter_subject ?? '(all)'}, ` +
        `declared ${config.filter_subject}: delete the durable to change its filter`,
    );
  }
  const changed =
    existing.config.ack_wait !== config.ack_wait ||
    existing.config.max_deliver !== config.max_deliver ||
    existing.config.max_ack_pending !== config.max_ack_pending ||
    existing.config.description !== config.description;
  if (!changed) return existing;
  return jsm.consumers.update(stream, spec.durableName, {
    ack_wait: config.ack_wait,
    max_deliver: config.max_deliver,
    max_ack_pending: config.max_ack_pending,
    description: config.description,
  });
}
