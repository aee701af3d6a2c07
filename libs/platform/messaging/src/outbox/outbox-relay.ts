import { setTimeout as delay } from 'node:timers/promises';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { Logger } from '@pdv/observability';
import type { MikroORM } from '@pdv/persistence';
import { Client } from 'pg';
import { Gauge, type Registry } from 'prom-client';
import { exponentialBackoff } from '../backoff';
import { OUTBOX_CHANNEL } from '../messaging.migration';

export interface OutboxRelaySettings {
  orm: MikroORM;
  js: JetStreamClient;
  logger: Logger;
  /** The service database, for the LISTEN connection; defaults to the ORM's own. */
  databaseUrl?: string;
  /** Fallback when a NOTIFY is missed (listener reconnecting); NOTIFY is the fast path. */
  pollIntervalMs?: number;
  batchSize?: number;
  /** How long to wait for one PubAck before treating NATS as unreachable. */
  publishTimeoutMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  listenerRetryMs?: number;
  /** Registers `outbox_pending_events` when given. */
  registry?: Registry;
}

export interface RelayBatchResult {
  published: number;
  /** A publish failed; the batch stopped there so later events keep their order. */
  failed: boolean;
  /** Another relay holds the publishing lock. */
  busy: boolean;
  /** The batch was full: more rows are probably waiting. */
  more: boolean;
}

interface PendingRow {
  id: string;
  subject: string;
  envelope: unknown;
}

// One publisher per database at a time: with skip locked alone, two relays could publish
// one aggregate's events from different batches out of order. Advisory locks are
// per-database, and each service has its own database, so a constant key is enough.
const RELAY_LOCK = "hashtext('pdv.outbox_event.relay')";
const LISTENER_APPLICATION_NAME = 'pdv-outbox-relay';

function databaseUrlOf(orm: MikroORM): string {
  const url = new URL(orm.config.get('clientUrl') ?? 'postgres://127.0.0.1:5432');
  url.pathname = `/${orm.config.get('dbName')}`;
  return url.toString();
}

function errorText(error: unknown): string {
  // NATS and pg errors name the failure, not the payload; bounded anyway.
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 500);
}

/**
 * Publishes committed outbox rows to JetStream with `Nats-Msg-Id = event id`, so a publish
 * repeated after a lost PubAck is deduplicated by the stream. Rows are marked published
 * only after their PubAck; a failure leaves the row for a later attempt, so nothing
 * committed is lost while NATS is away.
 */
export class OutboxRelay {
  private readonly log: Logger;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly publishTimeoutMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly listenerRetryMs: number;
  private readonly databaseUrl: string;
  private readonly encoder = new TextEncoder();

  private running = false;
  private loop: Promise<void> | null = null;
  private failures = 0;
  private notified = false;
  private wake: (() => void) | null = null;
  private listener: Client | null = null;
  private listenerTimer: NodeJS.Timeout | null = null;

  constructor(private readonly settings: OutboxRelaySettings) {
    this.log = settings.logger.child({ component: 'outbox-relay' });
    this.pollIntervalMs = settings.pollIntervalMs ?? 1_000;
    this.batchSize = settings.batchSize ?? 100;
    this.publishTimeoutMs = settings.publishTimeoutMs ?? 5_000;
    this.retryBaseMs = settings.retryBaseMs ?? 500;
    this.retryMaxMs = settings.retryMaxMs ?? 30_000;
    this.listenerRetryMs = settings.listenerRetryMs ?? 1_000;
    this.databaseUrl = settings.databaseUrl ?? databaseUrlOf(settings.orm);
    if (settings.registry) this.registerMetrics(settings.registry);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.connectListener();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    if (this.listenerTimer) clearTimeout(this.listenerTimer);
    this.listenerTimer = null;
    await this.loop;
    this.loop = null;
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /**
   * Publishes everything pending now, in the caller's time; for tests and for a final
   * flush at shutdown. Stops at the first failure. Returns how many rows it published.
   */
  async drain(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let total = 0;
    while (Date.now() < deadline) {
      const result = await this.publishBatch();
      total += result.published;
      if (result.failed) break;
      if (result.busy) {
        await delay(20);
        continue;
      }
      if (result.published === 0) break;
    }
    return total;
  }

  async pendingCount(): Promise<number> {
    const rows = await this.settings.orm.em
      .fork()
      .execute<{ count: string }[]>('select count(*) as count from outbox_event where published_at is null');
    return Number(rows[0]?.count ?? 0);
  }

  /** One locked batch in one transaction: select, publish in order, mark. */
  async publishBatch(): Promise<RelayBatchResult> {
    const em = this.settings.orm.em.fork();
    // Reset before reading, so a NOTIFY for a row this batch cannot see is remembered.
    this.notified = false;
    return em.transactional(async (tx) => {
      const [lock] = await tx.execute<{ locked: boolean }[]>(`select pg_try_advisory_xact_lock(${RELAY_LOCK}) as locked`);
      if (!lock?.locked) return { published: 0, failed: false, busy: true, more: false };
      const rows = await tx.execute<PendingRow[]>(
        `select id, subject, envelope from outbox_event
          where published_at is null
          order by created_at, id
          limit ? for update skip locked`,
        [this.batchSize],
      );
      const published: string[] = [];
      let failed = false;
      for (const row of rows) {
        try {
          await this.publish(row);
          published.push(row.id);
        } catch (error) {
          failed = true;
          this.log.warn({ eventId: row.id, subject: row.subject, reason: errorText(error) }, 'outbox publish failed');
          await tx.execute('update outbox_event set attempts = attempts + 1, last_error = ? where id = ?', [
            errorText(error),
            row.id,
          ]);
          break;
        }
      }
      if (published.length > 0) {
        await tx.execute('update outbox_event set published_at = now(), last_error = null where id in (?)', [published]);
      }
      return { published: published.length, failed, busy: false, more: !failed && rows.length === this.batchSize };
    });
  }

  private async publish(row: PendingRow): Promise<void> {
    const ack = await this.settings.js.publish(row.subject, this.encoder.encode(JSON.stringify(row.envelope)), {
      msgID: row.id,
      timeout: this.publishTimeoutMs,
    });
    // A duplicate means an earlier attempt reached the stream but its PubAck was lost.
    this.log.debug({ eventId: row.id, subject: row.subject, seq: ack.seq, duplicate: ack.duplicate }, 'event published');
  }

  private async run(): Promise<void> {
    while (this.running) {
      let result: RelayBatchResult;
      try {
        result = await this.publishBatch();
      } catch (error) {
        // The database itself failed (restart, failover): same back-off as a NATS outage.
        this.log.error({ reason: errorText(error) }, 'outbox batch failed');
        result = { published: 0, failed: true, busy: false, more: false };
      }
      if (!this.running) break;
      if (result.failed) {
        this.failures += 1;
        // Not woken by NOTIFY: new rows would only hit the same outage sooner.
        await this.sleep(exponentialBackoff(this.failures, this.retryBaseMs, this.retryMaxMs), false);
        continue;
      }
      if (this.failures > 0) this.log.info({ afterFailures: this.failures }, 'outbox publishing resumed');
      this.failures = 0;
      if (result.more) continue;
      await this.sleep(this.pollIntervalMs, true);
    }
  }

  private sleep(ms: number, wakeOnNotify: boolean): Promise<void> {
    if (!this.running || (wakeOnNotify && this.notified)) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      // stop() always ends the sleep; a NOTIFY only ends an idle one, not a back-off.
      this.wake = () => {
        if (wakeOnNotify || !this.running) finish();
      };
    });
  }

  private signal(): void {
    this.notified = true;
    this.wake?.();
  }

  private async connectListener(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: LISTENER_APPLICATION_NAME });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      if (!this.running) return;
      this.log.warn({ reason: error ? errorText(error) : 'connection ended' }, 'outbox listener lost; polling until it is back');
      this.scheduleListener();
    };
    client.on('notification', () => this.signal());
    client.on('error', onLost);
    client.on('end', () => onLost());
    try {
      await client.connect();
      await client.query(`listen "${OUTBOX_CHANNEL}"`);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (!this.running || lost) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    // Rows committed while nobody listened would otherwise wait for the next poll.
    this.signal();
  }

  private scheduleListener(): void {
    if (this.listenerTimer || !this.running) return;
    this.listenerTimer = setTimeout(() => {
      this.listenerTimer = null;
      if (this.running) void this.connectListener();
    }, this.listenerRetryMs);
  }

  private registerMetrics(registry: Registry): void {
    // prom-client binds `this` to the gauge inside collect().
    const pendingCount = () => this.pendingCount();
    new Gauge({
      name: 'outbox_pending_events',
      help: 'Outbox rows committed but not yet published to JetStream.',
      registers: [registry],
      async collect() {
        try {
          this.set(await pendingCount());
        } catch {
          // A scrape during a database outage reports the last value rather than failing.
        }
      },
    });
  }
}
