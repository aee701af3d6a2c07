import type { ScopeResolver } from '@pdv/auth';
import type { EntityManager } from '@pdv/persistence';

/**
 * Answers scope questions from this service's own tables: the organisation tree from the
 * read model kept from the organisation service's events, mass organisations from its own
 * table. No call to another service.
 */
export class SourcingScopes implements ScopeResolver {
  constructor(private readonly em: EntityManager) {}

  async organisationWithin(organisationId: string, scopeRootId: string): Promise<boolean> {
    if (organisationId === scopeRootId) return true;
    const [row] = await this.em.execute<{ within: boolean }[]>(
      'select exists (select 1 from org_subtree(?::uuid) s where s.id = ?::uuid) as within',
      [scopeRootId, organisationId],
    );
    return row?.within === true;
  }

  async massOrganisationWithin(massOrganisationId: string, scopeId: string): Promise<boolean> {
    if (massOrganisationId === scopeId) return true;
    const [row] = await this.em.execute<{ within: boolean }[]>(
      'select exists (select 1 from mass_organisation_subtree(?::uuid) s where s.id = ?::uuid) as within',
      [scopeId, massOrganisationId],
    );
    return row?.within === true;
  }
}
