import type { RatingLevel } from '@pdv/evaluation-domain';
import type { CriterionBasisEnum, CriterionPartKindEnum, RatingSubjectKindEnum } from './rating-enums.type';
import type { QualityRatingCorrectionRow, QualityRatingRow } from './rating.entity';
import type { RatingSummary } from './rating.service';
import { QualityRating, QualityRatingCorrection, QualityRatingSummary } from './rating.type';

/** A stored rating and its corrections → the API's QualityRating (scores from numeric text to numbers). */
export function toQualityRating(row: QualityRatingRow, corrections: readonly QualityRatingCorrectionRow[]): QualityRating {
  const c = row.criterion;
  return Object.assign(new QualityRating(), {
    id: row.id,
    subjectKind: row.subjectKind as RatingSubjectKindEnum,
    subjectId: row.subjectId,
    year: row.year,
    score: Number(row.score),
    level: row.level as RatingLevel,
    allTasksDone: row.allTasksDone,
    tasksExceededPercent: Number(row.tasksExceededPercent),
    memberDevelopment: {
      basis: c.basis as CriterionBasisEnum,
      organisationId: c.organisationId,
      points: c.points,
      of: c.of,
      parts: c.parts.map((p) => ({ part: p.part as CriterionPartKindEnum, met: p.met, points: p.points, of: p.of })),
      units: c.units,
      missingReviews: c.missingReviews,
    },
    confirmed: row.confirmedAt !== null,
    confirmedAt: row.confirmedAt,
    recordedAt: row.recordedAt,
    corrections: corrections.map((k) =>
      Object.assign(new QualityRatingCorrection(), {
        fromScore: k.from.score,
        fromLevel: k.from.level as RatingLevel,
        toScore: k.to.score,
        toLevel: k.to.level as RatingLevel,
        correctedBy: k.correctedBy,
        correctedAt: k.correctedAt,
        reason: k.reason,
      }),
    ),
  });
}

export function toQualityRatingSummary(summary: RatingSummary): QualityRatingSummary {
  return Object.assign(new QualityRatingSummary(), {
    ...summary,
    excellentCap: summary.excellentCap.map((check) => ({ ...check, subjectKind: check.subjectKind as RatingSubjectKindEnum })),
  });
}
