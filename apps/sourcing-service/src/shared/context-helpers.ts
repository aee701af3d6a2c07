import { AppError } from '@pdv/errors';
import type { AuditTrail } from '../audit/audit-trail';
import type { SourcingContext } from '../context';
import type { Caller } from './caller';

/** The caller of a resolver guarded by @Allow (which has refused anonymous requests already). */
export function callerOf(ctx: SourcingContext): Caller {
  if (!ctx.caller) throw AppError.unauthenticated();
  return ctx.caller;
}

export function auditOf(ctx: SourcingContext): AuditTrail {
  if (!ctx.audit) throw AppError.unauthenticated();
  return ctx.audit;
}
