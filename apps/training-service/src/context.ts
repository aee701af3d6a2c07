import type { Actor } from '@pdv/contracts';
import type { RequestContextBase } from '@pdv/graphql';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import type { CertificateService } from './certificate/certificate.service';
import type { CourseService } from './course/course.service';
import type { SheetUploadService } from './enrolment/sheet-upload.service';
import type { EnrolmentService } from './enrolment/enrolment.service';
import type { InstitutionService } from './institution/institution.service';
import type { TrainingLoaders } from './loaders';
import type { PolicyService } from './policy/policy.service';

/** The service classes of one request, sharing its unit of work, caller and clock (built in services.ts). */
export interface TrainingServices {
  institutions: InstitutionService;
  courses: CourseService;
  enrolments: EnrolmentService;
  sheets: SheetUploadService;
  certificates: CertificateService;
  policy: PolicyService;
}

/** Everything a resolver of this service can use for one request. */
export interface TrainingContext extends RequestContextBase {
  /** This request's own unit of work (forked from the ORM). */
  em: EntityManager;
  logger: Logger;
  events: EventRecorder;
  clock: Clock;
  /** The caller as an event actor (opaque id and role, never a name). */
  actor: Actor;
  services: TrainingServices;
  loaders: TrainingLoaders;
}
