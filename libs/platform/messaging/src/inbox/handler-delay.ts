// The fault suite's slowed consumer (tools/faults): every handler of one named consumer waits
// before it runs, so a group of events outlasts ack_wait and JetStream redelivers them while
// the first delivery is still being applied — redeliveries pile up and only the inbox keeps
// them from being applied twice. Nothing turns it on but these two variables, and a
// production process refuses to start with them.

export const HANDLER_DELAY_VARIABLES = {
  /** `<consumer>/<STREAM>`, e.g. `evaluation-service/SOURCING`: the one durable slowed. */
  consumer: 'PDV_FAULTS_SLOW_CONSUMER',
  /** Milliseconds each of its handlers waits before running (1–600000). */
  delayMs: 'PDV_FAULTS_HANDLER_DELAY_MS',
} as const;

const MAX_DELAY_MS = 600_000;

/**
 * How long each handler of `consumerName` on `stream` waits before running: 0 unless the fault
 * suite's variables name that very consumer. Throws when they are set under
 * NODE_ENV=production, or malformed, so a mistake stops the process at start-up instead of
 * slowing it silently.
 */
export function handlerDelayFor(env: Readonly<Record<string, string | undefined>>, consumerName: string, stream: string): number {
  const named = env[HANDLER_DELAY_VARIABLES.consumer];
  const delay = env[HANDLER_DELAY_VARIABLES.delayMs];
  if (named === undefined && delay === undefined) return 0;
  if (env.NODE_ENV === 'production') {
    throw new Error(
      `${HANDLER_DELAY_VARIABLES.consumer} and ${HANDLER_DELAY_VARIABLES.delayMs} slow a consumer on purpose (the fault suite) and are refused under NODE_ENV=production: unset them`,
    );
  }
  const target = /^([a-z][a-z0-9-]*)\/([A-Z][A-Z_]*)$/.exec(named ?? '');
  if (!target) throw new Error(`${HANDLER_DELAY_VARIABLES.consumer} must name one consumer as <consumer>/<STREAM>, e.g. evaluation-service/SOURCING`);
  const ms = Number(delay);
  if (!Number.isInteger(ms) || ms < 1 || ms > MAX_DELAY_MS) throw new Error(`${HANDLER_DELAY_VARIABLES.delayMs} must be a whole number of milliseconds, 1–${MAX_DELAY_MS}`);
  return target[1] === consumerName && target[2] === stream ? ms : 0;
}
