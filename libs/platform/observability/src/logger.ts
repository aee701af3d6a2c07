import pino, { type Logger } from 'pino';
import { currentContext } from './request-context';
import { safeError } from './safe-error';

export type { Logger } from 'pino';

/**
 * Keys that hold personal data anywhere in a logged object. pino replaces their values
 * with "[redacted]", so a careless `log.info({ input })` still leaks nothing.
 */
export const PERSONAL_DATA_KEYS = [
  'fullName',
  'name',
  'nationalId',
  'dateOfBirth',
  'phone',
  'address',
  'email',
  'authorization',
  'token',
  'password',
];

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of PERSONAL_DATA_KEYS) {
    paths.push(key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`);
  }
  return paths;
}

/** A JSON logger for one app; each line carries the current request and trace ids. */
export function createLogger(service: string, level = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      // No pino `name`: `name` is redacted as personal data; `service` identifies the app.
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactPaths(), censor: '[redacted]' },
      // Every `{ err }` logged anywhere goes through safeError: no SQL values, no key details.
      serializers: { err: (error: unknown) => safeError(error), error: (error: unknown) => safeError(error) },
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const context = currentContext();
        return context ? { requestId: context.requestId, traceId: context.traceId } : {};
      },
    },
    destination ?? pino.destination({ sync: false }),
  );
}
