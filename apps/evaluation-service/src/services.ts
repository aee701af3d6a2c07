import type { Identity } from '@pdv/auth';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import type { Actor } from '@pdv/contracts';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import type { ServiceScope } from './common/service-scope';
import type { EvaluationContext } from './context';
import { DashboardService } from './dashboard/dashboard.service';
import { createEvaluationLoaders } from './dashboard/evaluation.loaders';
import type { EvaluationCache } from './dashboard/read-model-version';
import { type WardView, WardEvaluationService } from './dashboard/ward-evaluation.service';
import { ProgressService } from './progress/progress.service';
import { PeriodReportService } from './report/period-report.service';
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
  /** The service's cache of ward evaluations (server.ts keeps one per running service). */
  evaluationCache?: EvaluationCache<WardView>;
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
  const targets = new TargetService(scope);
  const progress = new ProgressService(scope);
  const evaluation = new WardEvaluationService(scope, targets, parts.evaluationCache);
  return {
    ...scope,
    requestId: parts.requestId,
    scopes,
    services: {
      targets,
      progress,
      evaluation,
      dashboard: new DashboardService(scope, evaluation),
      reports: new PeriodReportService(scope, evaluation),
      quotas: new QuotaAttainmentService(scope),
      ratings: new RatingService(scope, scopes),
      supervisionReviews: new SupervisionReviewService(scope, scopes),
    },
    loaders: createEvaluationLoaders({ progress, evaluation }),
  };
}
