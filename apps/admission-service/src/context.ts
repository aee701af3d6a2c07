import type { Actor } from '@pdv/contracts';
import type { RequestContextBase } from '@pdv/graphql';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import type { WorkingDayCalendarService } from './calendar/calendar.service';
import type { CellResolutionService } from './cell-resolution/cell-resolution.service';
import type { GrassrootsResolutionService } from './cell-resolution/grassroots.service';
import type { AdmissionDecisionService } from './decision/decision.service';
import type { DeadlineService } from './deadline/deadline.service';
import type { DossierService } from './dossier/dossier.service';
import type { AdmissionPolicyService } from './policy/policy.service';
import type { AdmissionReadinessService } from './readiness/readiness.service';
import type { RecognitionService } from './recognition/recognition.service';

/** The service classes of one request, sharing its unit of work, caller and clock (built in services.ts). */
export interface AdmissionServices {
  readiness: AdmissionReadinessService;
  dossiers: DossierService;
  cellResolutions: CellResolutionService;
  grassrootsResolutions: GrassrootsResolutionService;
  decisions: AdmissionDecisionService;
  recognitions: RecognitionService;
  calendar: WorkingDayCalendarService;
  deadlines: DeadlineService;
  policy: AdmissionPolicyService;
}

/** Everything a resolver of this service can use for one request. */
export interface AdmissionContext extends RequestContextBase {
  /** This request's own unit of work (forked from the ORM). */
  em: EntityManager;
  logger: Logger;
  events: EventRecorder;
  clock: Clock;
  /** The caller as an event actor (opaque id and role, never a name). */
  actor: Actor;
  services: AdmissionServices;
}
