import type { Logger } from '@pdv/observability';

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. A second signal, or a stop that hangs
 * past the grace period, exits at once so Ctrl-C always works.
 */
export function onShutdown(logger: Logger, stop: () => Promise<void>, graceMs = 10_000): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, graceMs);
    timer.unref();
    stop()
      .then(() => {
        logger.info('stopped');
        logger.flush?.();
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
}

/** Starts an app's main function, logging a failure to start and exiting non-zero. */
export function runMain(logger: Logger | null, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (logger) logger.fatal({ err: error }, 'failed to start');
    else process.stderr.write(`failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
