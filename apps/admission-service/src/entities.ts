import { messagingEntities } from '@pdv/messaging';
import { organisationReadModelEntities } from '@pdv/organisation-read-model';
import { PersonalDataAuditEntity } from '@pdv/personal-data';
import type { EntitySchema } from '@pdv/persistence';
import { CalendarCorrectionEntity, OverdueNoticeEntity } from './calendar/calendar.entity';
import { CandidateFactsEntity, CertificateFactsEntity, CertificateInvalidatedAfterVoteEntity } from './candidate-facts/candidate-facts.entity';
import { DossierDocumentEntity, DossierEntity } from './dossier/dossier.entity';
import { IntroductionEntity } from './dossier/introduction.entity';
import { PersonalHistoryEntity } from './dossier/personal-history.entity';
import { VerificationEntity } from './dossier/verification.entity';
import { CellResolutionEntity } from './cell-resolution/cell-resolution.entity';
import { GrassrootsResolutionEntity } from './cell-resolution/grassroots.entity';
import { AdmissionCeremonyEntity, AdmissionDecisionEntity, DeadlineExtensionEntity, MemberHistoryEntity } from './decision/decision.entity';
import { AdmittedMemberEntity, OfficialRecognitionEntity } from './recognition/recognition.entity';
import { AdmissionPolicyChangeEntity, AdmissionPolicySettingEntity } from './policy/policy.entity';
import { MemberStandingHistoryEntity } from './organisation/member-standing.entity';

/** Every table this service maps; the migrations create exactly these (checked by a test). */
export const entities: EntitySchema[] = [...messagingEntities, ...organisationReadModelEntities, CandidateFactsEntity, CertificateFactsEntity, CertificateInvalidatedAfterVoteEntity, DossierEntity, DossierDocumentEntity, IntroductionEntity, PersonalHistoryEntity, VerificationEntity, CellResolutionEntity, GrassrootsResolutionEntity, AdmissionDecisionEntity, AdmissionCeremonyEntity, DeadlineExtensionEntity, MemberHistoryEntity, OfficialRecognitionEntity, AdmittedMemberEntity, CalendarCorrectionEntity, OverdueNoticeEntity, AdmissionPolicySettingEntity, AdmissionPolicyChangeEntity, MemberStandingHistoryEntity, PersonalDataAuditEntity] as EntitySchema[];
