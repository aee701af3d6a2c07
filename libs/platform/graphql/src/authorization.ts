import { Authorized, type AuthCheckerFn } from 'type-graphql';
import {
  assertMassOrganisationInScope,
  assertOrganisationInScope,
  type Identity,
  type Role,
  type ScopeResolver,
} from '@pdv/auth';
import { AppError } from '@pdv/errors';

/** What every resolver can count on finding in its context. */
export interface RequestContextBase {
  identity: Identity | null;
  requestId: string;
  scopes: ScopeResolver;
}

/**
 * A permission on a field or operation: which roles may use it and, for scoped roles
 * (cell secretary, mass-organisation staff), which argument names the organisation or mass
 * organisation that must lie inside the caller's scope. A dotted path reaches into input
 * objects (`input.cellId`).
 */
export interface Permission {
  roles: readonly Role[];
  scope?: { arg: string; kind: 'organisation' | 'massOrganisation' };
}

/** `@Allow(['PARTY_BUILDING_BOARD', 'CELL_SECRETARY'], { arg: 'organisationId', kind: 'organisation' })` */
export function Allow(roles: readonly Role[], scope?: Permission['scope']): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Authorized<Permission>({ roles, scope });
}

function argAt(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}

/**
 * The type-graphql auth checker: anonymous callers get UNAUTHENTICATED, other roles
 * FORBIDDEN, and scoped roles FORBIDDEN when the named argument lies outside their scope.
 * Row-level filtering of lists stays in the services (a list has no single argument).
 */
export const authChecker: AuthCheckerFn<RequestContextBase, Permission> = async ({ context, args }, permissions) => {
  const identity = context.identity;
  if (!identity) throw AppError.unauthenticated();
  if (permissions.length === 0) return true;
  const granting = permissions.filter((permission) => permission.roles.includes(identity.role));
  if (granting.length === 0) {
    throw AppError.forbidden(`Your role (${identity.role}) may not use this operation.`);
  }
  for (const permission of granting) {
    if (!permission.scope) continue;
    const value = argAt(args, permission.scope.arg);
    if (typeof value !== 'string') continue; // absent optional argument: the service filters rows
    if (permission.scope.kind === 'organisation') await assertOrganisationInScope(identity, value, context.scopes);
    else await assertMassOrganisationInScope(identity, value, context.scopes);
  }
  return true;
};
