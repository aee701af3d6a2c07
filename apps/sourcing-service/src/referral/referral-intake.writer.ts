import { chunks, executeBound, pgArray } from '@pdv/persistence';
import type { EntityManager } from '@pdv/persistence';
import type { CandidateRow, CandidateStageRow } from '../candidate/candidate.entity';
import type { ReferralRow } from './referral.entity';

// Multi-row inserts for spreadsheet imports: one statement per table and chunk, each column
// passed as one array parameter and spread with unnest, so 10,000 rows cost a handful of
// round trips instead of 40,000. The columns mirror the entities exactly.

const CHUNK = 2_000;

type Cell = string | number | boolean | null;

async function insertColumns(tx: EntityManager, table: string, columns: readonly [name: string, type: string][], rows: readonly Cell[][]): Promise<void> {
  for (const part of chunks(rows, CHUNK)) {
    const names = columns.map(([name]) => `"${name}"`).join(', ');
    const arrays = columns.map(([, type]) => `?::${type}[]`).join(', ');
    const params = columns.map((_, index) => pgArray(part.map((row) => row[index])));
    await executeBound(tx, `insert into "${table}" (${names}) select * from unnest(${arrays})`, params);
  }
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export async function insertCandidates(tx: EntityManager, rows: readonly CandidateRow[]): Promise<void> {
  await insertColumns(
    tx,
    'candidate',
    [
      ['id', 'uuid'], ['full_name', 'text'], ['name_search_key', 'text'], ['name_sort_key', 'text'], ['fuzzy_key', 'text'],
      ['date_of_birth', 'date'], ['gender', 'text'], ['national_id', 'text'], ['phone', 'text'], ['address', 'text'],
      ['occupation', 'text'], ['education_level', 'text'], ['source_category', 'text'], ['cell_id', 'uuid'], ['status', 'text'],
      ['referred_on', 'date'], ['accepted_on', 'date'], ['last_reviewed_on', 'date'], ['duplicate_of_id', 'uuid'],
      ['cell_reassignment_needed_since', 'date'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
    ],
    rows.map((c) => [
      c.id, c.fullName, c.nameSearchKey, c.nameSortKey, c.fuzzyKey, c.dateOfBirth, c.gender, c.nationalId, c.phone, c.address,
      c.occupation, c.educationLevel, c.sourceCategory, c.cellId, c.status, c.referredOn, c.acceptedOn, c.lastReviewedOn,
      c.duplicateOfId, c.cellReassignmentNeededSince, iso(c.createdAt), iso(c.updatedAt),
    ]),
  );
}

export async function insertStages(tx: EntityManager, rows: readonly CandidateStageRow[]): Promise<void> {
  await insertColumns(
    tx,
    'candidate_stage',
    [
      ['id', 'uuid'], ['candidate_id', 'uuid'], ['from_status', 'text'], ['to_status', 'text'], ['event', 'text'],
      ['reason', 'text'], ['note', 'text'], ['actor_id', 'text'], ['actor_role', 'text'], ['at', 'timestamptz'],
    ],
    rows.map((s) => [s.id, s.candidateId, s.fromStatus, s.toStatus, s.event, s.reason, s.note, s.actorId, s.actorRole, iso(s.at)]),
  );
}

export async function insertReferrals(tx: EntityManager, rows: readonly ReferralRow[]): Promise<void> {
  await insertColumns(
    tx,
    'referral',
    [
      ['id', 'uuid'], ['candidate_id', 'uuid'], ['mass_organisation_id', 'uuid'], ['cell_id', 'uuid'], ['source_category', 'text'],
      ['referrer_name', 'text'], ['achievements', 'text'], ['reason', 'text'], ['consent_notice_version', 'text'],
      ['consented_at', 'timestamptz'], ['status', 'text'], ['is_repeat', 'boolean'], ['decline_reason', 'text'],
      ['decline_note', 'text'], ['decided_at', 'timestamptz'], ['decided_by', 'text'], ['submitted_on', 'date'],
      ['submitted_at', 'timestamptz'], ['submitted_by', 'text'], ['import_id', 'uuid'], ['moved_from_candidate_id', 'uuid'],
    ],
    rows.map((r) => [
      r.id, r.candidateId, r.massOrganisationId, r.cellId, r.sourceCategory, r.referrerName, r.achievements, r.reason,
      r.consentNoticeVersion, iso(r.consentedAt), r.status, r.isRepeat, r.declineReason, r.declineNote, iso(r.decidedAt),
      r.decidedBy, r.submittedOn, iso(r.submittedAt), r.submittedBy, r.importId, r.movedFromCandidateId,
    ]),
  );
}

