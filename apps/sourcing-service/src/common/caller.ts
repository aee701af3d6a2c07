import type { Identity } from '@pdv/auth';
import type { Actor } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import type { PersonalDataReader } from '@pdv/personal-data';

/** Who is acting, as the services need it: the verified identity and its event actor. */
export interface Caller {
  identity: Identity;
  /** Opaque id and role, written into events and history; never a name. */
  actor: Actor;
  /** The request id, written into the audit trail. */
  requestId: string | null;
}

/** The caller as events and history record them: an opaque id and a role, never a name. */
export function actorOf(identity: Identity | null): Actor {
  return identity ? { kind: 'USER', id: identity.userId, role: identity.role } : { kind: 'SYSTEM', id: 'anonymous', role: null };
}

export function callerFromIdentity(identity: Identity | null, requestId: string | null): Caller {
  if (!identity) throw AppError.unauthenticated();
  return { identity, actor: actorOf(identity), requestId };
}

/** A system caller (seed, benchmark) acting with a role and scope, recorded as SYSTEM in events. */
export function systemCaller(identity: Identity): Caller {
  return { identity, actor: { kind: 'SYSTEM', id: identity.userId, role: identity.role }, requestId: null };
}

// Typed by the two fields they read, not by SourcingContext, so that common/ imports nothing
// from the context (which imports the services, which import common/).

/** The caller of a resolver guarded by @Allow (which has refused anonymous requests already). */
export function callerOf(ctx: { caller: Caller | null }): Caller {
  if (!ctx.caller) throw AppError.unauthenticated();
  return ctx.caller;
}

export function personalDataOf(ctx: { personalData: PersonalDataReader | null }): PersonalDataReader {
  if (!ctx.personalData) throw AppError.unauthenticated();
  return ctx.personalData;
}
