import { expectEveryResolverGuarded } from '@pdv/testing';
import { buildAdmissionSubgraph, ADMISSION_RESOLVERS } from './schema';

describe('every resolver of the admission subgraph is guarded', () => {
  it('has @Allow on every resolver, naming real roles, and refuses anonymous references, but for the entities it only extends', async () => {
    const { schema } = await buildAdmissionSubgraph();
    await expectEveryResolverGuarded({
      schema,
      resolvers: ADMISSION_RESOLVERS,
      entities: ['AdmissionDossier', 'Organisation', 'Candidate', 'PartyMember'],
      mustFind: ['AdmissionReadinessResolver.admissionReadiness', 'DossierResolver.admissionDossier', 'DossierResolver.openAdmissionDossier', 'DossierResolver.recordDossierDocument', 'DossierResolver.recordIntroduction', 'DossierResolver.recordPersonalHistory', 'DossierResolver.recordBackgroundVerification', 'DossierResolver.concludeBackgroundVerification', 'CellResolutionResolver.recordCellResolution', 'AdmissionDecisionResolver.recordAdmissionDecision', 'AdmissionDecisionResolver.recordAdmissionCeremony', 'DossierResolver.rejectAdmissionDossier', 'DossierResolver.withdrawAdmissionDossier', 'DossierResolver.annulAdmission', 'CellResolutionResolver.recordRecognitionResolution', 'RecognitionResolver.recordRecognitionDecision', 'AdmissionDecisionResolver.extendAdmissionDeadline', 'WorkingDayCalendarResolver.correctWorkingDayCalendar', 'WorkingDayCalendarResolver.workingDayCalendarCorrections', 'OrganisationDeadlinesResolver.deadlines', 'OrganisationDossiersResolver.dossiers', 'CandidateAdmissionResolver.dossier', 'CandidateAdmissionResolver.admissionReadiness', 'PartyMemberProbationResolver.probation', 'CellResolutionResolver.recordGrassrootsResolution', 'DossierResolver.candidate', 'DossierResolver.cell', 'AdmissionPolicyResolver.admissionPolicy', 'AdmissionPolicyResolver.admissionPolicyChanges', 'AdmissionPolicyResolver.updateAdmissionPolicy', 'AdmissionDecisionResolver.recordMemberHistoryCompleted'],
      // Key-only stubs of other services' entities: their fields are guarded above.
      keyOnlyReferences: ['Organisation', 'Candidate', 'PartyMember'],
    });
  });
});
