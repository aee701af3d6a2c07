import { Router } from 'express';
import type { Registry } from 'prom-client';

/** A dependency the process needs to serve requests (database, NATS, a subgraph). */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
  /**
   * false for a dependency the process can work without for a while (NATS: writes wait in the
   * outbox). Its failure is reported, and the status is `degraded`, but /readyz stays 200: a
   * 503 would make the orchestrator withdraw every replica during a broker outage, exactly
   * when they can still serve. Defaults to true.
   */
  required?: boolean;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  required: boolean;
  error?: string;
}

const CHECK_TIMEOUT_MS = 2_000;

async function runCheck(check: ReadinessCheck): Promise<CheckResult> {
  const required = check.required ?? true;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check.check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { name: check.name, ok: true, required };
  } catch (error) {
    return { name: check.name, ok: false, required, error: error instanceof Error ? error.message : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

/** What /readyz answers: 503 naming what is down when a required dependency fails. */
export function readinessOf(results: CheckResult[]): { httpStatus: 200 | 503; status: 'ready' | 'degraded' | 'not ready'; down: string[] } {
  const down = results.filter((result) => !result.ok);
  if (down.some((result) => result.required)) return { httpStatus: 503, status: 'not ready', down: down.map((result) => result.name) };
  return { httpStatus: 200, status: down.length > 0 ? 'degraded' : 'ready', down: down.map((result) => result.name) };
}

/**
 * `/healthz`: the process is alive (no dependency checks, so a slow database does not get
 * the process restarted). `/readyz`: each dependency's state; 503 while a required one is
 * down, or while the process drains for shutdown. `/metrics`: Prometheus.
 */
export function operationsRouter(
  service: string,
  checks: ReadinessCheck[],
  registry: Registry,
  isStopping: () => boolean = () => false,
): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service });
  });
  router.get('/readyz', async (_req, res) => {
    if (isStopping()) {
      res.status(503).json({ status: 'stopping', service, down: [], checks: [] });
      return;
    }
    const results = await Promise.all(checks.map(runCheck));
    const { httpStatus, status, down } = readinessOf(results);
    res.status(httpStatus).json({ status, service, down, checks: results });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
