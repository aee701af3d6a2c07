import { messagingEntities } from '@pdv/messaging';
import { organisationReadModelEntities } from '@pdv/organisation-read-model';
import type { EntitySchema } from '@pdv/persistence';
import { ReadModelVersionEntity } from './dashboard/read-model-version';
import { CountedMemberEntity, UnitMemberCountEntity } from './progress/member-count.entity';
import { OverdueDeadlineEntity } from './report/overdue-deadline.entity';
import { PeriodReportEntity } from './report/period-report.entity';
import { CandidateJourneyEntity, ProgressCounterEntity, ProgressFactLogEntity } from './progress/progress.entity';
import { QualityRatingCorrectionEntity, QualityRatingEntity } from './rating/rating.entity';
import { SupervisionAssignmentEntity, SupervisionReviewEntity } from './supervision-review/supervision-review.entity';
import { TargetChangeEntity, TargetEntity, TargetExemptionEntity } from './target/target.entity';

/** Every table this service maps; the migrations create exactly these (checked by a test). */
export const entities: EntitySchema[] = [
  ...messagingEntities,
  ...organisationReadModelEntities,
  TargetEntity,
  TargetChangeEntity,
  TargetExemptionEntity,
  ProgressCounterEntity,
  CandidateJourneyEntity,
  ProgressFactLogEntity,
  CountedMemberEntity,
  UnitMemberCountEntity,
  SupervisionAssignmentEntity,
  PeriodReportEntity,
  OverdueDeadlineEntity,
  ReadModelVersionEntity,
  QualityRatingEntity,
  QualityRatingCorrectionEntity,
  SupervisionReviewEntity,
] as EntitySchema[];
