import { randomFillSync } from 'node:crypto';

/** W3C Trace Context: `00-<32 hex trace id>-<16 hex span id>-<2 hex flags>`. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export interface TraceParent {
  traceId: string;
  spanId: string;
  flags: string;
}

export function parseTraceparent(header: string | null | undefined): TraceParent | null {
  if (!header) return null;
  const match = TRACEPARENT.exec(header.trim());
  if (!match || /^0+$/.test(match[1]) || /^0+$/.test(match[2])) return null;
  return { traceId: match[1], spanId: match[2], flags: match[3] };
}

export function formatTraceparent(trace: TraceParent): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.flags}`;
}

// Every request and every subgraph fetch takes a span id: one `randomBytes(8)` each was ~2% of
// the gateway's CPU (issue 7's profile), so ids are cut from a pool the CSPRNG fills 4 KiB at a
// time — what `crypto.randomUUID()` does for the same reason.
const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let poolOffset = POOL_BYTES;

/** `bytes` random bytes as lower-case hex, never all zeros (W3C: an all-zero id is invalid). */
export function randomHexId(bytes: 8 | 16): string {
  for (;;) {
    if (poolOffset + bytes > POOL_BYTES) {
      randomFillSync(pool);
      poolOffset = 0;
    }
    const id = pool.toString('hex', poolOffset, poolOffset + bytes);
    poolOffset += bytes;
    if (!/^0+$/.test(id)) return id;
  }
}

/** Continues the caller's trace with a new span, or starts a new trace. */
export function childTraceparent(parent: string | null | undefined): TraceParent {
  const parsed = parseTraceparent(parent);
  return {
    traceId: parsed?.traceId ?? randomHexId(16),
    spanId: randomHexId(8),
    flags: parsed?.flags ?? '01',
  };
}
