import type { Identity } from '@pdv/auth';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import type { Actor } from '@pdv/contracts';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import type { ServiceScope } from './common/service-scope';
import type { EvaluationContext } from './context';
import { ProgressService } from './progress/progress.service';
import { QuotaAttainmentService } from './quota/quota-attainment.service';
import { RatingService } from './rating/rating.service';
import { SupervisionReviewService } from './supervision-review/supervision-review.service';
import { TargetService } from './target/target.service';

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
export function createRequestScope(parts: RequestParts): EvaluationContext {
  const actor = actorOf(parts.identity);
  const scope: ServiceScope = { em: parts.em, identity: parts.identity, actor, clock: parts.clock, events: parts.events, logger: parts.logger };
  // A cell secretary's subtree, from this service's organisation read model (no call to the organisation service).
  const scopes = new OrganisationReadModelScopes(parts.em);
  return {
    ...scope,
    requestId: parts.requestId,
    scopes,
    services: {
      targets: new TargetService(scope),
      progress: new ProgressService(scope),
      quotas: new QuotaAttainmentService(scope),
      ratings: new RatingService(scope, scopes),
      supervisionReviews: new SupervisionReviewService(scope, scopes),
    },
  };
}
