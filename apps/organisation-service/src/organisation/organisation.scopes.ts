import type { ScopeResolver } from '@pdv/auth';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import { isUuid } from '@pdv/graphql';
import { todayInVietnam } from '@pdv/calendar';
import { findSubtreeIdsAsOf } from './organisation.queries';

/**
 * "Is this organisation inside that subtree?" for scoped callers (cell secretaries), from
 * the versions in force today. One recursive query per scope root per request, cached: a
 * request that checks a hundred rows asks the database once.
 */
export class OrganisationScopes implements ScopeResolver {
  private readonly subtrees = new Map<string, Promise<ReadonlySet<string>>>();

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async organisationWithin(organisationId: string, scopeRootId: string): Promise<boolean> {
    if (!isUuid(organisationId) || !isUuid(scopeRootId)) return false;
    return (await this.subtreeOf(scopeRootId)).has(organisationId);
  }

  /** The scope root and every organisation under it today. */
  subtreeOf(scopeRootId: string): Promise<ReadonlySet<string>> {
    let subtree = this.subtrees.get(scopeRootId);
    if (!subtree) {
      subtree = isUuid(scopeRootId)
        ? findSubtreeIdsAsOf(this.em, [scopeRootId], todayInVietnam(this.clock)).then((rows) => new Set(rows.map((row) => row.id)))
        : Promise.resolve(new Set<string>());
      this.subtrees.set(scopeRootId, subtree);
    }
    return subtree;
  }
}
