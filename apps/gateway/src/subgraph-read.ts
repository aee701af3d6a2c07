/**
 * Apollo's data source sends `JSON.stringify({ query, ...rest })`, so a read starts like this.
 * Anything else (a mutation, a subscription, a body shaped differently) counts as a write.
 */
const READ_OPERATION = /^\{"query":"\s*(?:query\b|\{)/;

/** A subgraph fetch that changes nothing: safe to share among waiters and to send again. */
export function isReadOperation(body: unknown): body is string {
  return typeof body === 'string' && READ_OPERATION.test(body);
}
