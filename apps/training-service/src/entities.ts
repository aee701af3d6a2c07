import { messagingEntities } from '@pdv/messaging';
import { organisationReadModelEntities } from '@pdv/organisation-read-model';
import type { EntitySchema } from '@pdv/persistence';
import { CandidateReadModelEntity } from './candidate/candidate-read-model.entity';
import { CertificateCorrectionEntity, CertificateCounterEntity, CertificateEntity } from './certificate/certificate.entity';
import { CourseEntity, CourseSessionEntity } from './course/course.entity';
import { AttendanceEntity, EnrolmentEntity } from './enrolment/enrolment.entity';
import { InstitutionEntity } from './institution/institution.entity';
import { TrainingPolicySettingEntity } from './policy/policy.entity';

/** Every table this service maps; the migrations create exactly these (checked by a test). */
export const entities: EntitySchema[] = [...messagingEntities, ...organisationReadModelEntities,
  InstitutionEntity,
  CourseEntity,
  CourseSessionEntity,
  EnrolmentEntity,
  AttendanceEntity,
  CertificateEntity,
  CertificateCounterEntity,
  CertificateCorrectionEntity,
  CandidateReadModelEntity,
  TrainingPolicySettingEntity,
] as EntitySchema[];
