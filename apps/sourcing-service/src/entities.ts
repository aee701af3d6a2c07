import { messagingEntities } from '@pdv/messaging';
import { organisationReadModelEntities } from '@pdv/organisation-read-model';
import type { EntitySchema } from '@pdv/persistence';
import { PersonalDataAuditEntity } from '@pdv/personal-data';
import { CandidateEntity, CandidateReviewEntity, CandidateStageEntity } from './candidate/candidate.entity';
import { TrainingPlaceEntity } from './candidate/training-place.entity';
import { PossibleDuplicateEntity } from './duplicate/possible-duplicate.entity';
import { ReferralImportEntity } from './import/referral-import.entity';
import { MassOrganisationEntity } from './mass-organisation/mass-organisation.entity';
import { MentorAssignmentEntity } from './mentor/mentor.entity';
import { PrivacyNoticeEntity, SourcingPolicySettingEntity } from './policy/policy.entity';
import { ReferralQuotaEntity } from './quota/quota.entity';
import { ReferralEntity } from './referral/referral.entity';

/** Every table this service maps; the migrations create exactly these (checked by a test). */
export const entities: EntitySchema[] = [
  ...messagingEntities,
  ...organisationReadModelEntities,
  MassOrganisationEntity,
  CandidateEntity,
  CandidateStageEntity,
  CandidateReviewEntity,
  TrainingPlaceEntity,
  ReferralEntity,
  MentorAssignmentEntity,
  ReferralQuotaEntity,
  PossibleDuplicateEntity,
  ReferralImportEntity,
  PersonalDataAuditEntity,
  SourcingPolicySettingEntity,
  PrivacyNoticeEntity,
] as EntitySchema[];
