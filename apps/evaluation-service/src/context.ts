import type { Actor } from '@pdv/contracts';
import type { RequestContextBase } from '@pdv/graphql';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import type { DashboardService } from './dashboard/dashboard.service';
import type { EvaluationLoaders } from './dashboard/evaluation.loaders';
import type { WardEvaluationService } from './dashboard/ward-evaluation.service';
import type { ProgressService } from './progress/progress.service';
import type { PeriodReportService } from './report/period-report.service';
import type { QuotaAttainmentService } from './quota/quota-attainment.service';
import type { RatingService } from './rating/rating.service';
import type { SupervisionReviewService } from './supervision-review/supervision-review.service';
import type { TargetService } from './target/target.service';

/** The service classes of one request, sharing its unit of work, caller and clock (built in services.ts). */
export interface EvaluationServices {
  targets: TargetService;
  progress: ProgressService;
  evaluation: WardEvaluationService;
  dashboard: DashboardService;
  reports: PeriodReportService;
  quotas: QuotaAttainmentService;
  ratings: RatingService;
  supervisionReviews: SupervisionReviewService;
}

/** Everything a resolver of this service can use for one request. */
export interface EvaluationContext extends RequestContextBase {
  /** This request's own unit of work (forked from the ORM). */
  em: EntityManager;
  logger: Logger;
  events: EventRecorder;
  clock: Clock;
  /** The caller as an event actor (opaque id and role, never a name). */
  actor: Actor;
  services: EvaluationServices;
  /** Batches the federation fields of an `_entities` page. */
  loaders: EvaluationLoaders;
}
