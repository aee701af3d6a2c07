import { EntitySchema } from '@pdv/persistence';
import type { CandidateStatus, EducationLevel, Gender, SourceCategory } from '@pdv/sourcing-domain';

/**
 * A referred person (quần chúng ưu tú). The only place in the platform that holds their
 * personal data: events and other services know the id only. One row per person: the
 * national ID number is unique, and a second referral attaches here.
 */
export interface CandidateRow {
  id: string;
  /** Unicode NFC, single spaces, capitalised words. */
  fullName: string;
  /** Folded name (no diacritics, lower case) for diacritic-insensitive search. */
  nameSearchKey: string;
  /** Vietnamese alphabetical order key (given name first); ORDER BY it COLLATE "C". */
  nameSortKey: string;
  /** Folded name + date of birth: equal keys flag a possible duplicate. */
  fuzzyKey: string;
  dateOfBirth: string;
  gender: Gender;
  nationalId: string;
  phone: string | null;
  address: string | null;
  occupation: string | null;
  educationLevel: EducationLevel;
  sourceCategory: SourceCategory;
  /** The cell that nurtures (or is asked to nurture) the person. */
  cellId: string;
  status: CandidateStatus;
  /** Day of the first referral (Vietnam calendar). */
  referredOn: string;
  acceptedOn: string | null;
  lastReviewedOn: string | null;
  /** Set when a person confirmed this record is the same person as another (kept) one. */
  duplicateOfId: string | null;
  /**
   * Set when the cell was closed and this service could not tell where the candidate goes
   * (split, dissolution, a merge into no single known cell): the closure's effective date.
   * Cleared when the candidate is moved to a new cell or leaves the pipeline.
   */
  cellReassignmentNeededSince: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CandidateEntity = new EntitySchema<CandidateRow>({
  name: 'CandidateRow',
  tableName: 'candidate',
  properties: {
    id: { type: 'uuid', primary: true },
    fullName: { type: 'string', columnType: 'text' },
    nameSearchKey: { type: 'string', columnType: 'text' },
    nameSortKey: { type: 'string', columnType: 'text' },
    fuzzyKey: { type: 'string', columnType: 'text', index: 'candidate_fuzzy_key_idx' },
    dateOfBirth: { type: 'string', columnType: 'date', index: 'candidate_date_of_birth_idx' },
    gender: { type: 'string', columnType: 'text' },
    nationalId: { type: 'string', columnType: 'text', unique: 'candidate_national_id_key' },
    phone: { type: 'string', columnType: 'text', nullable: true },
    address: { type: 'string', columnType: 'text', nullable: true },
    occupation: { type: 'string', columnType: 'text', nullable: true },
    educationLevel: { type: 'string', columnType: 'text' },
    sourceCategory: { type: 'string', columnType: 'text' },
    cellId: { type: 'uuid' },
    status: { type: 'string', columnType: 'text' },
    referredOn: { type: 'string', columnType: 'date' },
    acceptedOn: { type: 'string', columnType: 'date', nullable: true },
    lastReviewedOn: { type: 'string', columnType: 'date', nullable: true },
    duplicateOfId: { type: 'uuid', nullable: true },
    cellReassignmentNeededSince: { type: 'string', columnType: 'date', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
  indexes: [
    { name: 'candidate_cell_status_idx', properties: ['cellId', 'status'] },
    {
      // The few candidates waiting for a new cell, for the board's and secretaries' lists.
      name: 'candidate_cell_reassignment_idx',
      expression:
        'create index "candidate_cell_reassignment_idx" on "candidate" ("cell_reassignment_needed_since") where "cell_reassignment_needed_since" is not null',
    },
    {
      name: 'candidate_name_sort_idx',
      expression: 'create index "candidate_name_sort_idx" on "candidate" ("name_sort_key" collate "C", "id")',
    },
    {
      // Substring search on the folded name ("van an" finds "Nguyễn Văn An") needs trigrams.
      name: 'candidate_name_search_trgm_idx',
      expression: 'create index "candidate_name_search_trgm_idx" on "candidate" using gin ("name_search_key" gin_trgm_ops)',
    },
  ],
});

/** One step in a candidate's history: append-only (a trigger refuses updates and deletes). */
export interface CandidateStageRow {
  id: string;
  candidateId: string;
  /** null for the first entry (the candidate came into being). */
  fromStatus: CandidateStatus | null;
  toStatus: CandidateStatus;
  /** What moved it: a command (ACCEPT, DECLINE, …) or a milestone from another service. */
  event: string;
  /** The decline or withdrawal reason code, or the event again. */
  reason: string;
  note: string | null;
  /** Opaque user id, or the system actor for milestones. */
  actorId: string;
  actorRole: string | null;
  at: Date;
  /**
   * Insertion order, assigned by the database. `at` is when the fact happened (another
   * service's clock for milestones, possibly skewed), so history is listed in this order.
   */
  seq?: string;
}

export const CandidateStageEntity = new EntitySchema<CandidateStageRow>({
  name: 'CandidateStageRow',
  tableName: 'candidate_stage',
  properties: {
    id: { type: 'uuid', primary: true },
    candidateId: { type: 'uuid', index: 'candidate_stage_candidate_idx' },
    fromStatus: { type: 'string', columnType: 'text', nullable: true },
    toStatus: { type: 'string', columnType: 'text' },
    event: { type: 'string', columnType: 'text' },
    reason: { type: 'string', columnType: 'text' },
    note: { type: 'string', columnType: 'text', nullable: true },
    actorId: { type: 'string', columnType: 'text' },
    actorRole: { type: 'string', columnType: 'text', nullable: true },
    at: { type: 'Date', columnType: 'timestamptz' },
    seq: { type: 'bigint', autoincrement: true, nullable: false },
  },
});

/** A monthly review of a nurtured candidate by the cell. */
export interface CandidateReviewRow {
  id: string;
  candidateId: string;
  reviewedOn: string;
  /** The cell's assessment, in its own words. */
  assessment: string;
  recordedBy: string;
  recordedAt: Date;
}

export const CandidateReviewEntity = new EntitySchema<CandidateReviewRow>({
  name: 'CandidateReviewRow',
  tableName: 'candidate_review',
  properties: {
    id: { type: 'uuid', primary: true },
    candidateId: { type: 'uuid', index: 'candidate_review_candidate_idx' },
    reviewedOn: { type: 'string', columnType: 'date' },
    assessment: { type: 'string', columnType: 'text' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
