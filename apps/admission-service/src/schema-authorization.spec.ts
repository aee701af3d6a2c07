import { expectEveryResolverGuarded } from '@pdv/testing';
import { buildAdmissionSubgraph, ADMISSION_RESOLVERS } from './schema';

describe('every resolver of the admission subgraph is guarded', () => {
  it('has @Allow on every resolver, naming real roles (a reference resolver, once there is one, must refuse anonymous callers)', async () => {
    const { schema } = await buildAdmissionSubgraph();
    await expectEveryResolverGuarded({
      schema,
      resolvers: ADMISSION_RESOLVERS,
      // An entity of this service's own gets a reference resolver: list it here, and it is checked.
      entities: [],
      mustFind: ['AdmissionReadinessResolver.admissionReadiness', 'DossierResolver.admissionDossier', 'DossierResolver.openAdmissionDossier', 'DossierResolver.recordDossierDocument', 'DossierResolver.recordIntroduction', 'DossierResolver.recordPersonalHistory', 'DossierResolver.recordBackgroundVerification', 'DossierResolver.concludeBackgroundVerification', 'CellResolutionResolver.recordCellResolution', 'AdmissionDecisionResolver.recordAdmissionDecision', 'AdmissionDecisionResolver.recordAdmissionCeremony', 'DossierResolver.rejectAdmissionDossier', 'DossierResolver.withdrawAdmissionDossier'],
      // Drop this once a type of the service has a @FieldResolver (it is then required to be found).
      noFieldResolvers: true,
    });
  });
});
