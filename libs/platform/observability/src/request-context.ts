import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line and event of one request or message should be able to name. */
export interface RequestContext {
  requestId: string;
  traceId: string;
  /** The W3C traceparent to pass on to events and downstream calls. */
  traceparent: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}
