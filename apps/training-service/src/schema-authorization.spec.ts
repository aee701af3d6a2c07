import { expectEveryResolverGuarded } from '@pdv/testing';
import { buildTrainingSubgraph, TRAINING_RESOLVERS } from './schema';

describe('every resolver of the training subgraph is guarded', () => {
  it('has @Allow on every resolver, naming real roles, and refuses anonymous references, but for the entities it only extends', async () => {
    const { schema } = await buildTrainingSubgraph();
    await expectEveryResolverGuarded({
      schema,
      resolvers: TRAINING_RESOLVERS,
      entities: ['Course', 'Certificate', 'Candidate', 'Organisation', 'PartyMember'],
      mustFind: [
        'CourseResolver.scheduleCourse',
        'EnrolmentResolver.nominate',
        'EnrolmentResolver.approveNomination',
        'EnrolmentResolver.recordResults',
        'CertificateResolver.invalidateCertificate',
        'CandidateResolver.awarenessCertificate',
        'OrganisationResolver.nominations',
        'OrganisationResolver.trainingStats',
        'PartyMemberResolver.newMemberCertificate',
      ],
      unguarded: {
        'CertificateResolver.verifyCertificate': 'public by design: a random code, no personal data, rate-limited by the gateway for callers without a token',
      },
      // Key-only stubs of other services' entities: their fields are guarded above.
      keyOnlyReferences: ['Candidate', 'Organisation', 'PartyMember'],
    });
  });
});
