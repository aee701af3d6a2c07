import { localDateInVietnam } from '@pdv/calendar';
import { LockMode } from '@mikro-orm/postgresql';
import { referralSubmitted } from '@pdv/contracts';
import { chunks, executeBound, pgArray } from '@pdv/persistence';
import type { EntityManager } from '@pdv/persistence';
import { classifyDuplicate, type IntakeDecision, type ValidReferral } from '@pdv/sourcing-domain';
import { auditActorOf, auditRecords, writePersonalDataAudit } from '@pdv/personal-data';
import { CandidateEntity, type CandidateRow, type CandidateStageRow } from '../candidate/candidate.entity';
import { moveCandidate } from '../candidate/candidate-stage.writer';
import type { Caller } from '../common/caller';
import type { SourcingDeps } from '../common/service-scope';
import { flagPossibleDuplicates, type FlaggedPair } from '../duplicate/possible-duplicate.queries';
import type { ReferralRow } from './referral.entity';

/** One person to record: a new candidate, or a referral attached to the one held. */
export interface IntakeEntry {
  person: ValidReferral;
  referrerName: string | null;
  decision: Extract<IntakeDecision, { kind: 'CREATE' | 'ATTACH' }>;
  /** The seed passes deterministic ids; the API never does. */
  ids?: { candidateId?: string; referralId?: string };
}

export interface IntakeMeta {
  caller: Caller;
  massOrganisationId: string;
  /** The spreadsheet import the referrals came in, or null for the referral form. */
  importId: string | null;
  now: Date;
}

export interface WrittenIntake {
  referral: ReferralRow;
  /** The new candidate's row; null for a referral attached to a held one. */
  created: CandidateRow | null;
  /** How many existing records the new candidate looks like (flagged for the cell to check). */
  possibleDuplicates: number;
}

/**
 * Writes an intake decided by decideIntakes, the same for one referral and for 10,000 rows:
 * new candidates with their first stage, the referrals, the personal-data collection in the
 * audit trail, referral-submitted events, and possible duplicates flagged. Multi-row inserts,
 * so a file costs a handful of statements. Returns one result per entry, in order.
 */
export async function writeIntake(tx: EntityManager, deps: SourcingDeps, meta: IntakeMeta, entries: readonly IntakeEntry[]): Promise<WrittenIntake[]> {
  const { caller, now } = meta;
  const submittedOn = localDateInVietnam(now);
  const results: WrittenIntake[] = new Array(entries.length);
  const candidates: CandidateRow[] = [];
  const stages: CandidateStageRow[] = [];
  const referrals: ReferralRow[] = [];
  const attached: string[] = [];
  const newReferral = (entry: IntakeEntry, candidateId: string, isRepeat: boolean): ReferralRow => ({
    id: entry.ids?.referralId ?? deps.newId(),
    candidateId,
    massOrganisationId: meta.massOrganisationId,
    cellId: entry.person.cellId,
    sourceCategory: entry.person.sourceCategory,
    referrerName: entry.referrerName,
    achievements: entry.person.achievements,
    reason: entry.person.reason,
    consentNoticeVersion: entry.person.consent.noticeVersion,
    consentedAt: entry.person.consent.consentedAt,
    status: 'SUBMITTED',
    isRepeat,
    declineReason: null,
    declineNote: null,
    decidedAt: null,
    decidedBy: null,
    submittedOn,
    submittedAt: now,
    submittedBy: caller.identity.userId,
    importId: meta.importId,
    movedFromCandidateId: null,
  });

  // New candidates first, then attached referrals: the order of the rows and of the events.
  entries.forEach((entry, index) => {
    if (entry.decision.kind !== 'CREATE') return;
    const { person } = entry;
    const candidate: CandidateRow = {
      id: entry.ids?.candidateId ?? deps.newId(),
      fullName: person.fullName,
      nameSearchKey: person.nameSearchKey,
      nameSortKey: person.nameSortKey,
      fuzzyKey: person.fuzzyKey,
      dateOfBirth: person.dateOfBirth,
      gender: person.gender,
      nationalId: person.nationalId,
      phone: person.phone,
      address: person.address,
      occupation: person.occupation,
      educationLevel: person.educationLevel,
      sourceCategory: person.sourceCategory,
      cellId: person.cellId,
      status: 'REFERRED',
      referredOn: submittedOn,
      acceptedOn: null,
      lastReviewedOn: null,
      duplicateOfId: null,
      cellReassignmentNeededSince: null,
      createdAt: now,
      updatedAt: now,
    };
    candidates.push(candidate);
    stages.push({
      id: deps.newId(),
      candidateId: candidate.id,
      fromStatus: null,
      toStatus: 'REFERRED',
      event: 'REFERRED',
      reason: 'REFERRED',
      note: null,
      actorId: caller.actor.id,
      actorRole: caller.actor.role,
      at: now,
    });
    const referral = newReferral(entry, candidate.id, false);
    referrals.push(referral);
    results[index] = { referral, created: candidate, possibleDuplicates: 0 };
  });
  for (const [index, entry] of entries.entries()) {
    const { decision } = entry;
    if (decision.kind !== 'ATTACH') continue;
    if (decision.reRefer) {
      // Coming back after a decline or withdrawal: this referral decides the cell and category.
      const entity = await tx.findOneOrFail(CandidateEntity, { id: decision.candidateId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (await moveCandidate(tx, deps, entity, { kind: 'RE_REFER' }, caller.actor, now)) {
        entity.cellId = entry.person.cellId;
        entity.sourceCategory = entry.person.sourceCategory;
      }
    }
    const referral = newReferral(entry, decision.candidateId, true);
    referrals.push(referral);
    attached.push(decision.candidateId);
    results[index] = { referral, created: null, possibleDuplicates: 0 };
  }

  await insertCandidates(tx, candidates);
  await insertStages(tx, stages);
  await insertReferrals(tx, referrals);
  // Every referral collects the person's data (with a new consent), a repeat referral included.
  await writePersonalDataAudit(tx, { actor: auditActorOf(caller), at: now, newId: deps.newId }, auditRecords('COLLECT', 'Candidate', 'personalData', [...candidates.map((c) => c.id), ...attached]));
  await deps.events.recordMany(tx, referralSubmitted, {
    actor: caller.actor,
    at: now,
    events: referrals.map((referral) => ({
      aggregateId: referral.id,
      data: {
        referralId: referral.id,
        candidateId: referral.candidateId,
        massOrganisationId: referral.massOrganisationId,
        cellId: referral.cellId,
        sourceCategory: referral.sourceCategory,
        submittedOn: referral.submittedOn,
        isRepeatReferral: referral.isRepeat,
      },
    })),
  });
  const flagged = await flagFuzzyDuplicates(tx, deps, candidates, now);
  for (const result of results) if (result.created) result.possibleDuplicates = flagged.get(result.created.id) ?? 0;
  return results;
}

/**
 * New records that look like existing ones (or like an earlier new one of the same intake):
 * same name without diacritics and date of birth, different ID. One query for the database
 * side. Returns, per new candidate, how many records it was flagged with.
 */
async function flagFuzzyDuplicates(tx: EntityManager, deps: SourcingDeps, created: readonly CandidateRow[], now: Date): Promise<Map<string, number>> {
  const flagged = new Map<string, number>();
  if (created.length === 0) return flagged;
  const dates = [...new Set(created.map((candidate) => candidate.dateOfBirth))];
  const createdIds = new Set(created.map((candidate) => candidate.id));
  const rows = await tx.execute<{ id: string; full_name: string; date_of_birth: string; national_id: string }[]>(
    `select id, full_name, to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth, national_id from candidate
      where date_of_birth = any(?::date[]) and duplicate_of_id is null`,
    [pgArray(dates)],
  );
  const byDate = new Map<string, { candidateId: string; fullName: string; dateOfBirth: string; nationalId: string }[]>();
  for (const row of rows) {
    if (createdIds.has(row.id)) continue;
    const list = byDate.get(row.date_of_birth) ?? [];
    list.push({ candidateId: row.id, fullName: row.full_name, dateOfBirth: row.date_of_birth, nationalId: row.national_id });
    byDate.set(row.date_of_birth, list);
  }
  const pairs: FlaggedPair[] = [];
  for (const candidate of created) {
    const peers = byDate.get(candidate.dateOfBirth) ?? [];
    const result = classifyDuplicate({ nationalId: candidate.nationalId, fullName: candidate.fullName, dateOfBirth: candidate.dateOfBirth }, peers);
    if (result.kind === 'POSSIBLE') {
      for (const otherId of result.candidateIds) pairs.push({ candidateId: candidate.id, otherCandidateId: otherId });
      flagged.set(candidate.id, result.candidateIds.length);
    }
    // Later new candidates are compared with the earlier ones too.
    peers.push({ candidateId: candidate.id, fullName: candidate.fullName, dateOfBirth: candidate.dateOfBirth, nationalId: candidate.nationalId });
    byDate.set(candidate.dateOfBirth, peers);
  }
  await flagPossibleDuplicates(tx, deps, pairs, now);
  return flagged;
}

// Multi-row inserts: one statement per table and chunk, each column
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

