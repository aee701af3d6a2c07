import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';

/**
 * Answers scope questions from this service's own tables: the party organisation tree from
 * the shared read model, mass organisations from this service's own table. No call to
 * another service.
 */
export class SourcingScopes extends OrganisationReadModelScopes {
  async massOrganisationWithin(massOrganisationId: string, scopeId: string): Promise<boolean> {
    if (massOrganisationId === scopeId) return true;
    const [row] = await this.em.execute<{ within: boolean }[]>(
      'select exists (select 1 from mass_organisation_subtree(?::uuid) s where s.id = ?::uuid) as within',
      [scopeId, massOrganisationId],
    );
    return row?.within === true;
  }
}
