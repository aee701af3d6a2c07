/**
 * What a log line may say about an error. Errors can carry personal data: MikroORM puts the
 * SQL with its inlined values in front of a driver error's message, PostgreSQL's `detail`
 * quotes the offending key ("Key (national_id)=(001…) already exists"), and messages may
 * repeat input. So only the type, a redacted message, SQLSTATE code, schema names and the
 * stack frames are kept; everything else an error object carries is dropped.
 */
export interface SafeError {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  stack?: string;
  cause?: SafeError;
}

const MAX_MESSAGE = 500;
const SQL_START = /^\s*(insert|update|delete|select|with|create|alter|drop)\b/i;

export function redactErrorMessage(message: string): string {
  // "<sql with values> - <driver message>": keep the driver's message only.
  const separator = message.lastIndexOf(' - ');
  const driverPart = SQL_START.test(message) && separator > 0 ? message.slice(separator + 3) : message;
  return driverPart
    .replace(/\(([^()]*)\)=\(([^()]*)\)/g, '($1)=([redacted])')
    .replace(/\d{6,}/g, '[redacted]')
    .slice(0, MAX_MESSAGE);
}

export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a non-error value was thrown' };
  const facts = error as Error & { code?: unknown; constraint?: unknown; table?: unknown };
  const frames = error.stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
  return {
    type: error.name,
    message: redactErrorMessage(error.message),
    ...(typeof facts.code === 'string' ? { code: facts.code } : {}),
    ...(typeof facts.constraint === 'string' ? { constraint: facts.constraint } : {}),
    ...(typeof facts.table === 'string' ? { table: facts.table } : {}),
    ...(frames ? { stack: frames } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: safeError(error.cause, depth + 1) } : {}),
  };
}
