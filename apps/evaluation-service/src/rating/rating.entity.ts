import { EntitySchema } from '@pdv/persistence';
import type { MemberDevelopmentCriterionRecord } from './rating.criterion';

/**
 * A year-end rating of an organisation or a member. `capGroupId` is the grassroots
 * organisation the Excellent cap counts it in (a member's organisation, an organisation's
 * parent); `criterion` is the member-development criterion as computed when it was recorded.
 * Scores are numeric (PostgreSQL returns them as text: the mapper turns them into numbers).
 */
export interface QualityRatingRow {
  id: string;
  subjectKind: string;
  subjectId: string;
  year: number;
  capGroupId: string | null;
  score: string;
  level: string;
  allTasksDone: boolean;
  tasksExceededPercent: string;
  leadsOrganisationId: string | null;
  criterion: MemberDevelopmentCriterionRecord;
  recordedBy: string;
  recordedAt: Date;
  confirmedBy: string | null;
  confirmedAt: Date | null;
}

export const QualityRatingEntity = new EntitySchema<QualityRatingRow>({
  name: 'QualityRatingRow',
  tableName: 'quality_rating',
  indexes: [{ name: 'quality_rating_year_group_idx', properties: ['year', 'capGroupId'] }],
  uniques: [{ name: 'quality_rating_subject_year_key', properties: ['subjectKind', 'subjectId', 'year'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    subjectKind: { type: 'string', columnType: 'text' },
    subjectId: { type: 'uuid' },
    year: { type: 'integer' },
    capGroupId: { type: 'uuid', nullable: true },
    score: { type: 'decimal', columnType: 'numeric(4,1)' },
    level: { type: 'string', columnType: 'text' },
    allTasksDone: { type: 'boolean' },
    tasksExceededPercent: { type: 'decimal', columnType: 'numeric(4,1)' },
    leadsOrganisationId: { type: 'uuid', nullable: true },
    criterion: { type: 'json' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    confirmedBy: { type: 'string', columnType: 'text', nullable: true },
    confirmedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});

/** A rating's value as a correction keeps it. */
export interface RatingValue {
  score: number;
  level: string;
  allTasksDone: boolean;
  tasksExceededPercent: number;
}

/** A correction of a confirmed rating: the value before and after, who, when and why. */
export interface QualityRatingCorrectionRow {
  id: string;
  ratingId: string;
  from: RatingValue;
  to: RatingValue;
  correctedBy: string;
  correctedAt: Date;
  reason: string;
}

export const QualityRatingCorrectionEntity = new EntitySchema<QualityRatingCorrectionRow>({
  name: 'QualityRatingCorrectionRow',
  tableName: 'quality_rating_correction',
  indexes: [{ name: 'quality_rating_correction_rating_idx', properties: ['ratingId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    ratingId: { type: 'uuid' },
    from: { type: 'json' },
    to: { type: 'json' },
    correctedBy: { type: 'string', columnType: 'text' },
    correctedAt: { type: 'Date', columnType: 'timestamptz' },
    reason: { type: 'string', columnType: 'text' },
  },
});
