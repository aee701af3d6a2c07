import { AppError } from '@pdv/errors';
import type { PersonalDataReader } from '@pdv/personal-data';
import type { SourcingContext } from '../context';
import type { Caller } from './caller';

/** The caller of a resolver guarded by @Allow (which has refused anonymous requests already). */
export function callerOf(ctx: SourcingContext): Caller {
  if (!ctx.caller) throw AppError.unauthenticated();
  return ctx.caller;
}

export function personalDataOf(ctx: SourcingContext): PersonalDataReader {
  if (!ctx.personalData) throw AppError.unauthenticated();
  return ctx.personalData;
}
