import type { Identity } from '@pdv/auth';
import type { Actor } from '@pdv/contracts';
import { AppError } from '@pdv/errors';

/** Who is acting, as the services need it: the verified identity and its event actor. */
export interface Caller {
  identity: Identity;
  /** Opaque id and role, written into events and history; never a name. */
  actor: Actor;
  /** The request id, written into the audit trail. */
  requestId: string | null;
}

export function callerFromIdentity(identity: Identity | null, requestId: string | null): Caller {
  if (!identity) throw AppError.unauthenticated();
  return { identity, actor: { kind: 'USER', id: identity.userId, role: identity.role }, requestId };
}

/** A system caller (seed, benchmark) acting with a role and scope, recorded as SYSTEM in events. */
export function systemCaller(identity: Identity): Caller {
  return { identity, actor: { kind: 'SYSTEM', id: identity.userId, role: identity.role }, requestId: null };
}
