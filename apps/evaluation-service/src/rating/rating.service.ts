import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { requireIdentity } from '@pdv/auth';
import { localDateInVietnam, yearOf } from '@pdv/calendar';
import { AppError, ruleViolation } from '@pdv/errors';
import { createGroupLoader } from '@pdv/graphql';
import {
  checkExcellentCap,
  DEFAULT_EVALUATION_POLICY,
  EVALUATION_RULES as R,
  goodOrBetterShare,
  planRatingCorrection,
  type QualityRating,
  type RatingLevel,
  ratingLevel,
  type ScoreInput,
} from '@pdv/evaluation-domain';
import { currentPlanTerm, type OrganisationReadModelScopes, requireMember } from '@pdv/organisation-read-model';
import { type EntityManager, pgArray } from '@pdv/persistence';
import { type ServiceScope } from '../common/service-scope';
import { assertOrganisationRecordsVisible, WARD_WIDE_RECORD_READERS } from '../common/visibility';
import { TargetService } from '../target/target.service';
import { memberCriterion, organisationCriterion } from './rating.criterion';
import { QualityRatingCorrectionEntity, type QualityRatingCorrectionRow, type QualityRatingRow, type RatingValue } from './rating.entity';

export type RatingSubjectKind = 'ORGANISATION' | 'MEMBER';

export interface RecordRatingCommand extends ScoreInput {
  subjectKind: RatingSubjectKind;
  subjectId: string;
  year: number;
  /** For a member who leads a unit: the unit, whose criterion they carry. */
  leadsOrganisationId: string | null;
}

export interface CorrectRatingCommand extends ScoreInput {
  ratingId: string;
  reason: string;
}

export interface ShareOfGoodOrBetter {
  rated: number;
  goodOrBetter: number;
  percent: number | null;
  goalPercent: number;
  meetsGoal: boolean;
}

export interface ExcellentCapCheck {
  subjectKind: RatingSubjectKind;
  /** The grassroots organisation the cap counts in. */
  organisationId: string;
  excellent: number;
  allowed: number;
  base: number;
  withinCap: boolean;
}

export interface RatingSummary {
  year: number;
  organisations: ShareOfGoodOrBetter;
  members: ShareOfGoodOrBetter;
  excellentCap: ExcellentCapCheck[];
}

const valueOf = (row: { score: string | number; level: string; allTasksDone: boolean; tasksExceededPercent: string | number }): RatingValue => ({
  score: Number(row.score),
  level: row.level,
  allTasksDone: row.allTasksDone,
  tasksExceededPercent: Number(row.tasksExceededPercent),
});

/**
 * Year-end quality ratings: recorded by the board with the member-development criterion
 * computed from the read model, confirmed by the standing committee (the Excellent cap checked
 * on what the confirmation leaves), and from then on only corrected, each correction kept.
 */
export class RatingService {
  private readonly bySubject: DataLoader<string, QualityRatingRow | null>;
  private readonly corrections: DataLoader<string, QualityRatingCorrectionRow[], string>;

  constructor(
    private readonly scope: ServiceScope,
    private readonly scopes: OrganisationReadModelScopes,
  ) {
    // Organisation.rating over an _entities page of many organisations: one read.
    this.bySubject = new DataLoader(async (keys) => {
      const parsed = keys.map((key) => key.split('|'));
      const rows = await scope.em.execute<QualityRatingRow[]>(
        `select ${RATING_COLUMNS} from quality_rating r join unnest(?::text[], ?::uuid[], ?::int[]) as k(kind, id, year)
           on r.subject_kind = k.kind and r.subject_id = k.id and r.year = k.year`,
        [pgArray(parsed.map((p) => p[0])), pgArray(parsed.map((p) => p[1])), pgArray(parsed.map((p) => Number(p[2])))],
      );
      const found = new Map(rows.map((row) => [`${row.subjectKind}|${row.subjectId}|${row.year}`, row]));
      return keys.map((key) => found.get(key) ?? null);
    });
    this.corrections = createGroupLoader(
      (ratingIds) => scope.em.find(QualityRatingCorrectionEntity, { ratingId: { $in: [...ratingIds] } }, { orderBy: { correctedAt: 'asc', id: 'asc' } }),
      (row) => row.ratingId,
    );
  }

  private today(): string {
    return localDateInVietnam(this.scope.clock.now());
  }

  /** A year of the term that has begun (EVALUATION.RATING_YEAR). */
  private async checkYear(em: EntityManager, year: number): Promise<void> {
    const term = await currentPlanTerm(em, DEFAULT_EVALUATION_POLICY.planTerm);
    const thisYear = yearOf(this.today());
    if (year < term.firstYear || year > term.lastYear || year > thisYear) {
      throw ruleViolation(R['EVALUATION.RATING_YEAR'], `The term runs from ${term.firstYear} to ${term.lastYear}; this is ${thisYear}.`, { year });
    }
  }

  /** The rating of an organisation or member for a year, if the caller may see it; null when none is recorded. */
  async ratingOf(subjectKind: RatingSubjectKind, subjectId: string, year: number): Promise<QualityRatingRow | null> {
    const identity = requireIdentity(this.scope.identity);
    const context = { em: this.scope.em, scopes: this.scopes };
    if (subjectKind === 'ORGANISATION') await assertOrganisationRecordsVisible(identity, subjectId, year, context);
    else if (!WARD_WIDE_RECORD_READERS.includes(identity.role) && !(identity.role === 'COMMITTEE_MEMBER' && identity.scopeId === subjectId)) {
      // A member's rating is seen where their organisation's records are (a committee member's own, by them too).
      const [member] = await this.scope.em.execute<{ organisation_id: string | null }[]>('select organisation_id from member_read_model where id = ?::uuid', [subjectId]);
      if (!member?.organisation_id) throw AppError.forbidden('That member’s records are outside the part of the ward you are responsible for.');
      await assertOrganisationRecordsVisible(identity, member.organisation_id, year, context);
    }
    return this.bySubject.load(`${subjectKind}|${subjectId}|${year}`);
  }

  /** A rating's corrections, oldest first (batched over a page of ratings). */
  correctionsOf(ratingId: string): Promise<QualityRatingCorrectionRow[]> {
    return this.corrections.load(ratingId);
  }

  /**
   * Records (or, before confirmation, re-records) a rating: the level follows from the score
   * (EVALUATION.RATING_SCORE), the member-development criterion is computed from the targets
   * and the read model as they stand. A confirmed rating is refused (EVALUATION.RATING_CONFIRMED):
   * it is corrected instead.
   */
  async record(command: RecordRatingCommand): Promise<QualityRatingRow> {
    const { actor, clock } = this.scope;
    const level = ratingLevel(command);
    return this.scope.em.transactional(async (em) => {
      await this.checkYear(em, command.year);
      const targets = await new TargetService({ ...this.scope, em }).targets(command.year);
      let capGroupId: string | null;
      let criterion;
      if (command.subjectKind === 'ORGANISATION') {
        const [org] = await em.execute<{ parent_id: string | null }[]>('select parent_id from org_read_model where id = ?::uuid', [command.subjectId]);
        if (!org) throw AppError.notFound('Organisation', command.subjectId);
        capGroupId = org.parent_id;
        criterion = await organisationCriterion(em, command.subjectId, command.year, targets);
      } else {
        const member = await requireMember(em, command.subjectId, 'evaluation');
        capGroupId = member.organisationId;
        if (command.leadsOrganisationId !== null) {
          const [led] = await em.execute<{ id: string }[]>('select id from org_read_model where id = ?::uuid', [command.leadsOrganisationId]);
          if (!led) throw AppError.notFound('Organisation', command.leadsOrganisationId);
        }
        criterion = await memberCriterion(em, command.subjectId, command.leadsOrganisationId, command.year, targets, this.today());
      }
      const at = clock.now();
      const written = await em.execute<QualityRatingRow[]>(
        `insert into quality_rating as r (id, subject_kind, subject_id, year, cap_group_id, score, level, all_tasks_done, tasks_exceeded_percent,
           leads_organisation_id, criterion, recorded_by, recorded_at, confirmed_by, confirmed_at)
         values (?::uuid, ?, ?::uuid, ?, ?::uuid, ?, ?, ?, ?, ?::uuid, ?::jsonb, ?, ?, null, null)
         on conflict (subject_kind, subject_id, year) do update set cap_group_id = excluded.cap_group_id, score = excluded.score, level = excluded.level,
           all_tasks_done = excluded.all_tasks_done, tasks_exceeded_percent = excluded.tasks_exceeded_percent,
           leads_organisation_id = excluded.leads_organisation_id, criterion = excluded.criterion,
           recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
         where r.confirmed_at is null
         returning ${RATING_COLUMNS}`,
        [
          randomUUID(),
          command.subjectKind,
          command.subjectId,
          command.year,
          capGroupId,
          command.score,
          level,
          command.allTasksDone,
          command.tasksExceededPercent,
          command.leadsOrganisationId,
          JSON.stringify(criterion),
          actor.id,
          at,
        ],
      );
      if (written.length === 0) throw ruleViolation(R['EVALUATION.RATING_CONFIRMED'], 'This rating was confirmed by the standing committee.', { year: command.year });
      return written[0];
    });
  }

  /**
   * The standing committee confirms ratings. Each grassroots organisation's confirmed ratings
   * must then stay within the Excellent cap (EVALUATION.EXCELLENT_CAP), or nothing is confirmed.
   * Already confirmed ones are left as they are.
   */
  async confirm(ratingIds: readonly string[]): Promise<QualityRatingRow[]> {
    const { actor, clock } = this.scope;
    return this.scope.em.transactional(async (em) => {
      const rows = await em.execute<QualityRatingRow[]>(`select ${RATING_COLUMNS} from quality_rating r where id = any(?::uuid[]) for update`, [pgArray([...ratingIds])]);
      const missing = ratingIds.find((id) => !rows.some((row) => row.id === id));
      if (missing) throw AppError.notFound('Quality rating', missing);
      const pending = rows.filter((row) => row.confirmedAt === null);
      await this.checkCapAfter(em, pending, pending);
      const at = clock.now();
      if (pending.length > 0) {
        await em.execute('update quality_rating set confirmed_by = ?, confirmed_at = ? where id = any(?::uuid[])', [actor.id, at, pgArray(pending.map((row) => row.id))]);
      }
      return em.execute<QualityRatingRow[]>(`select ${RATING_COLUMNS} from quality_rating r where id = any(?::uuid[]) order by subject_kind, subject_id`, [pgArray([...ratingIds])]);
    });
  }

  /**
   * Corrects a rating: before confirmation an edit; after it, the old value, who, when and why
   * are kept (EVALUATION.RATING_CONFIRMED), with the Excellent cap checked again.
   */
  async correct(command: CorrectRatingCommand): Promise<QualityRatingRow> {
    const { actor, clock } = this.scope;
    return this.scope.em.transactional(async (em) => {
      const [row] = await em.execute<QualityRatingRow[]>(`select ${RATING_COLUMNS} from quality_rating r where id = ?::uuid for update`, [command.ratingId]);
      if (!row) throw AppError.notFound('Quality rating', command.ratingId);
      const at = clock.now();
      const current: QualityRating = {
        ratingId: row.id,
        subjectKind: row.subjectKind as RatingSubjectKind,
        subjectId: row.subjectId,
        year: row.year,
        score: Number(row.score),
        level: row.level as RatingLevel,
        confirmedAt: row.confirmedAt,
      };
      const { rating, correction } = planRatingCorrection(current, command, { actorId: actor.id, at });
      const after = { ...row, score: String(rating.score), level: rating.level, allTasksDone: command.allTasksDone, tasksExceededPercent: String(command.tasksExceededPercent) };
      if (row.confirmedAt !== null) await this.checkCapAfter(em, [after], []);
      await em.execute('update quality_rating set score = ?, level = ?, all_tasks_done = ?, tasks_exceeded_percent = ? where id = ?::uuid', [
        rating.score,
        rating.level,
        command.allTasksDone,
        command.tasksExceededPercent,
        row.id,
      ]);
      if (correction) {
        await em.insertMany(QualityRatingCorrectionEntity, [
          { id: randomUUID(), ratingId: row.id, from: valueOf(row), to: valueOf(after), correctedBy: correction.correctedBy, correctedAt: at, reason: correction.reason },
        ]);
      }
      const [updated] = await em.execute<QualityRatingRow[]>(`select ${RATING_COLUMNS} from quality_rating r where id = ?::uuid`, [row.id]);
      return updated;
    });
  }

  /** The Excellent cap of each group `changed` touches, on its confirmed ratings with `changed` applied (and `confirming` counted as confirmed). */
  private async checkCapAfter(em: EntityManager, changed: readonly QualityRatingRow[], confirming: readonly QualityRatingRow[]): Promise<void> {
    const groups = new Map<string, { kind: string; year: number; groupId: string }>();
    for (const row of changed) if (row.capGroupId) groups.set(`${row.subjectKind}|${row.year}|${row.capGroupId}`, { kind: row.subjectKind, year: row.year, groupId: row.capGroupId });
    for (const group of groups.values()) {
      const confirmed = await em.execute<{ id: string; level: string }[]>(
        'select id, level from quality_rating where subject_kind = ? and year = ? and cap_group_id = ?::uuid and confirmed_at is not null',
        [group.kind, group.year, group.groupId],
      );
      const levels = new Map(confirmed.map((r) => [r.id, r.level as RatingLevel]));
      for (const row of [...confirming, ...changed]) {
        if (row.subjectKind === group.kind && row.year === group.year && row.capGroupId === group.groupId) levels.set(row.id, row.level as RatingLevel);
      }
      checkExcellentCap([...levels.values()]);
    }
  }

  /** The share rated Good or better against the plan's goal, and each grassroots organisation's Excellent cap, over confirmed ratings. */
  async summary(year: number): Promise<RatingSummary> {
    const rows = await this.scope.em.execute<{ subject_kind: string; cap_group_id: string | null; level: string }[]>(
      'select subject_kind, cap_group_id, level from quality_rating where year = ? and confirmed_at is not null',
      [year],
    );
    const policy = DEFAULT_EVALUATION_POLICY.rating;
    const share = (kind: RatingSubjectKind): ShareOfGoodOrBetter => ({
      ...goodOrBetterShare(rows.filter((r) => r.subject_kind === kind).map((r) => r.level as RatingLevel), policy),
      goalPercent: policy.goodOrBetterGoalPercent,
    });
    const groups = new Map<string, { subjectKind: RatingSubjectKind; organisationId: string; levels: RatingLevel[] }>();
    for (const row of rows) {
      if (!row.cap_group_id) continue;
      const key = `${row.subject_kind}|${row.cap_group_id}`;
      const group = groups.get(key) ?? { subjectKind: row.subject_kind as RatingSubjectKind, organisationId: row.cap_group_id, levels: [] };
      group.levels.push(row.level as RatingLevel);
      groups.set(key, group);
    }
    const excellentCap = [...groups.values()]
      .map((group): ExcellentCapCheck => {
        const excellent = group.levels.filter((l) => l === 'EXCELLENT').length;
        const cap = policy.excellentCap;
        const base = cap === null ? group.levels.length : group.levels.filter((l) => l === 'GOOD' || (cap.capBase === 'GOOD_OR_BETTER' && l === 'EXCELLENT')).length;
        const allowed = cap === null ? group.levels.length : Math.floor((cap.percent * base) / 100);
        return { subjectKind: group.subjectKind, organisationId: group.organisationId, excellent, allowed, base, withinCap: excellent <= allowed };
      })
      .sort((a, b) => a.subjectKind.localeCompare(b.subjectKind) || a.organisationId.localeCompare(b.organisationId));
    return { year, organisations: share('ORGANISATION'), members: share('MEMBER'), excellentCap };
  }
}

const RATING_COLUMNS = `r.id, r.subject_kind as "subjectKind", r.subject_id as "subjectId", r.year, r.cap_group_id as "capGroupId", r.score::text as score, r.level,
  r.all_tasks_done as "allTasksDone", r.tasks_exceeded_percent::text as "tasksExceededPercent", r.leads_organisation_id as "leadsOrganisationId",
  r.criterion, r.recorded_by as "recordedBy", r.recorded_at as "recordedAt", r.confirmed_by as "confirmedBy", r.confirmed_at as "confirmedAt"`;
