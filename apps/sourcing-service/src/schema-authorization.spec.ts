import { expectEveryResolverGuarded } from '@pdv/testing';
import { buildSourcingSubgraph, SOURCING_RESOLVERS } from './schema';

describe('every resolver of the sourcing subgraph is guarded', () => {
  it('has @Allow on every resolver and refuses anonymous references, but for the entities it only extends', async () => {
    const { schema } = await buildSourcingSubgraph();
    await expectEveryResolverGuarded({
      schema,
      resolvers: SOURCING_RESOLVERS,
      entities: ['Candidate', 'MassOrganisation', 'Organisation', 'PartyMember'],
      mustFind: [
        'CandidateResolver.candidates',
        'CandidateResolver.nationalId',
        'OrganisationResolver.candidates',
        'OrganisationResolver.referralStats',
        'ReferralImportResolver.referralImports',
        'PossibleDuplicateResolver.possibleDuplicates',
        'PersonalDataAuditResolver.personalDataAuditLog',
      ],
      // Key-only stubs of the organisation service's entities: their fields are guarded above.
      keyOnlyReferences: ['Organisation', 'PartyMember'],
    });
  });
});
