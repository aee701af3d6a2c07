import type { Identity } from '@pdv/auth';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import type { Actor } from '@pdv/contracts';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import type { ServiceScope } from './common/service-scope';
import type { AdmissionContext } from './context';
import { WorkingDayCalendarService } from './calendar/calendar.service';
import { CellResolutionService } from './cell-resolution/cell-resolution.service';
import { GrassrootsResolutionService } from './cell-resolution/grassroots.service';
import { AdmissionDecisionService } from './decision/decision.service';
import { DeadlineService } from './deadline/deadline.service';
import { DossierService } from './dossier/dossier.service';
import { AdmissionPolicyService } from './policy/policy.service';
import { AdmissionReadinessService } from './readiness/readiness.service';
import { RecognitionService } from './recognition/recognition.service';

export interface RequestParts {
  em: EntityManager;
  identity: Identity | null;
  requestId: string;
  logger: Logger;
  events: EventRecorder;
  clock: Clock;
}

/** The caller as events record them: an opaque id and a role, never a name. */
export function actorOf(identity: Identity | null): Actor {
  return identity ? { kind: 'USER', id: identity.userId, role: identity.role } : { kind: 'SYSTEM', id: 'anonymous', role: null };
}

/** Builds what one request needs; called from the server's context factory. */
export function createRequestScope(parts: RequestParts): AdmissionContext {
  const actor = actorOf(parts.identity);
  const scope: ServiceScope = { em: parts.em, identity: parts.identity, actor, clock: parts.clock, events: parts.events, logger: parts.logger, requestId: parts.requestId };
  return {
    ...scope,
    requestId: parts.requestId,
    // A cell secretary's subtree, from this service's organisation read model (no call to the organisation service).
    scopes: new OrganisationReadModelScopes(parts.em),
    services: { readiness: new AdmissionReadinessService(scope), dossiers: new DossierService(scope), cellResolutions: new CellResolutionService(scope),
      grassrootsResolutions: new GrassrootsResolutionService(scope), decisions: new AdmissionDecisionService(scope), recognitions: new RecognitionService(scope),
      calendar: new WorkingDayCalendarService(scope),
      deadlines: new DeadlineService(scope),
      policy: new AdmissionPolicyService(scope),
    },
  };
}
