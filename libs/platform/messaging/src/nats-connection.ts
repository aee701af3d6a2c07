import { jetstream, type JetStreamClient, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Logger, ReadinessCheck } from '@pdv/observability';

export interface NatsSettings {
  url: string;
  /** Shown by the server in connection listings: the service name. */
  name: string;
  logger: Logger;
  /**
   * Keep retrying the first connection instead of failing boot. Off by default: a service
   * that cannot reach NATS at start fails fast and its supervisor restarts it.
   */
  waitOnFirstConnect?: boolean;
}

/**
 * Connects with unlimited reconnects: the outbox keeps events while NATS is away, so
 * the connection should come back by itself rather than end the process.
 */
export async function connectNats(settings: NatsSettings): Promise<NatsConnection> {
  const nc = await connect({
    servers: settings.url,
    name: settings.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
    reconnectJitter: 500,
    pingInterval: 20_000,
    waitOnFirstConnect: settings.waitOnFirstConnect ?? false,
  });
  const log = settings.logger.child({ component: 'nats' });
  log.info({ server: nc.getServer() }, 'nats connected');
  void (async () => {
    for await (const status of nc.status()) {
      switch (status.type) {
        case 'disconnect':
        case 'error':
        case 'staleConnection':
          log.warn({ status: status.type }, 'nats connection problem');
          break;
        case 'reconnect':
          log.info({ status: status.type, server: nc.getServer() }, 'nats reconnected');
          break;
        default:
          break;
      }
    }
  })().catch(() => undefined);
  return nc;
}

export interface JetStreamHandles {
  js: JetStreamClient;
  jsm: JetStreamManager;
}

/** The publishing client and the manager (which checks that JetStream is enabled). */
export async function openJetStream(nc: NatsConnection): Promise<JetStreamHandles> {
  return { js: jetstream(nc), jsm: await jetstreamManager(nc) };
}

const READINESS_TIMEOUT_MS = 1_500;

/** Ready when a round trip to the server succeeds (a PING flushed while disconnected waits). */
export function natsReadinessCheck(nc: NatsConnection): ReadinessCheck {
  return {
    name: 'nats',
    async check() {
      if (nc.isClosed()) throw new Error('connection closed');
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          nc.flush(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('no answer from server')), READINESS_TIMEOUT_MS);
          }),
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
