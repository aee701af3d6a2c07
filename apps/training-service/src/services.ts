import type { Identity } from '@pdv/auth';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import type { Actor } from '@pdv/contracts';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import type { ServiceScope } from './common/service-scope';
import type { TrainingContext } from './context';
import { CertificateService } from './certificate/certificate.service';
import { CourseService } from './course/course.service';
import { EnrolmentService } from './enrolment/enrolment.service';
import { SheetUploadService } from './enrolment/sheet-upload.service';
import { InstitutionService } from './institution/institution.service';
import { createLoaders } from './loaders';
import { PolicyService } from './policy/policy.service';

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
export function createRequestScope(parts: RequestParts): TrainingContext {
  const actor = actorOf(parts.identity);
  const scope: ServiceScope = { em: parts.em, identity: parts.identity, actor, clock: parts.clock, events: parts.events, logger: parts.logger };
  // A cell secretary's subtree, from this service's organisation read model (no call to the organisation service).
  const scopes = new OrganisationReadModelScopes(parts.em);
  const policy = new PolicyService(scope);
  const certificates = new CertificateService(scope, policy);
  const enrolments = new EnrolmentService(scope, scopes, policy, certificates);
  return {
    ...scope,
    requestId: parts.requestId,
    scopes,
    services: {
      institutions: new InstitutionService(scope),
      courses: new CourseService(scope),
      enrolments,
      sheets: new SheetUploadService(scope, enrolments),
      certificates,
      policy,
    },
    loaders: createLoaders(parts.em, parts.identity),
  };
}
