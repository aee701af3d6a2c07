import type { Identity } from '@pdv/auth';

/** What the gateway knows about one request; the data source forwards it to subgraphs. */
export interface GatewayContext {
  /** The verified caller, or null when the request carried no token. */
  identity: Identity | null;
  requestId: string;
  /** The gateway's own span of the caller's trace (W3C traceparent). */
  traceparent: string;
}
