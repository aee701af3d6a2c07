import { randomUUID } from 'node:crypto';
import { assertRecordInScope, requireIdentity, type ScopeResolver } from '@pdv/auth';
import { todayInVietnam } from '@pdv/calendar';
import { type EventContract, enrolmentFinished, enrolmentNominated, nominationApproved, nominationRefused, nominationWithdrawn } from '@pdv/contracts';
import { AppError, eachOnItsOwn } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';

import { MemberReadModelEntity } from '@pdv/organisation-read-model';
import {
  type AttendanceMark,
  checkAttendance,
  checkNomination,
  type CourseFacts,
  type CourseResult,
  decideEnrolment,
  type EnrolmentDecision,
  type Nominee,
  planResult,
} from '@pdv/training-domain';
import { CandidateReadModelEntity } from '../candidate/candidate-read-model.entity';
import type { CertificateRow } from '../certificate/certificate.entity';
import { findCertificatesOfCandidate } from '../certificate/certificate.queries';
import type { CertificateService } from '../certificate/certificate.service';
import type { ServiceScope } from '../common/service-scope';
import type { CourseRow, CourseSessionRow } from '../course/course.entity';
import { findSessionsOfCourses, lockCourse } from '../course/course.queries';
import type { PolicyService } from '../policy/policy.service';
import { EnrolmentEntity, type EnrolmentRow } from './enrolment.entity';
import { countApproved, findAttendanceOf, findOtherEnrolments, findVisibleEnrolments, lockEnrolment } from './enrolment.queries';

export interface NominateCommand {
  courseId: string;
  candidateId: string | null;
  memberId: string | null;
}

export interface AttendanceCommand {
  sessionId: string;
  marks: { enrolmentId: string; mark: AttendanceMark }[];
}

/** One row of a results sheet or form: the enrolment it is for, the result and the score. */
export interface ResultRowCommand {
  enrolmentId: string;
  result: CourseResult;
  score: number | null;
}

/** The answer for one row: the finished enrolment (and its certificate), or why the row was refused. */
export type ResultRowOutcome =
  | { enrolmentId: string; ok: true; enrolment: EnrolmentRow; certificate: CertificateRow | null }
  | { enrolmentId: string; ok: false; code: string; rule: string | null; message: string };

const notFound = (id: string) => () => AppError.notFound('Enrolment', id);

function courseFacts(course: CourseRow, sessions: readonly CourseSessionRow[]): CourseFacts {
  return { id: course.id, kind: course.kind, status: course.status, startsOn: course.startsOn, endsOn: course.endsOn, capacity: course.capacity, sessions };
}

function partyOf(enrolment: EnrolmentRow) {
  return { enrolmentId: enrolment.id, courseId: enrolment.courseId, courseKind: enrolment.courseKind, candidateId: enrolment.candidateId, memberId: enrolment.memberId };
}

/** Nominations, the board's decisions, withdrawals, attendance and results: one transaction each, with their events. */
export class EnrolmentService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly scopes: ScopeResolver,
    private readonly policy: PolicyService,
    private readonly certificates: CertificateService,
  ) {}

  /** An enrolment the caller may see; NOT_FOUND otherwise (as for an id that does not exist). */
  async require(id: string): Promise<EnrolmentRow> {
    const [row] = await findVisibleEnrolments(this.scope.em, requireIdentity(this.scope.identity), [id]);
    if (!row) throw notFound(id)();
    return row;
  }

  /** A cell secretary nominates a candidate (awareness) or a probationary member (new-member) of their part of the ward. */
  async nominate(command: NominateCommand): Promise<EnrolmentRow> {
    const identity = requireIdentity(this.scope.identity);
    if ((command.candidateId === null) === (command.memberId === null)) {
      throw AppError.badInput('Name either a candidate or a party member.', [{ field: 'input.candidateId', message: 'give exactly one of candidateId and memberId' }]);
    }
    const { clock, actor, events } = this.scope;
    const policy = await this.policy.current();
    return this.scope.em.transactional(async (tx) => {
      const { nominee, organisationId } = await this.nomineeOf(tx, command);
      await assertRecordInScope(identity, organisationId, this.scopes, () =>
        AppError.notFound(command.candidateId ? 'Candidate' : 'Party member', (command.candidateId ?? command.memberId)!),
      );
      const course = await lockCourse(tx, command.courseId);
      if (!course) throw AppError.notFound('Course', command.courseId);
      const sessions = await findSessionsOfCourses(tx, [course.id]);
      const others = await findOtherEnrolments(tx, command);
      const certificates = command.candidateId ? await findCertificatesOfCandidate(tx, command.candidateId) : [];
      checkNomination({ course: courseFacts(course, sessions), nominee, others, certificates, policy });
      const now = clock.now();
      const enrolment: EnrolmentRow = {
        id: randomUUID(),
        courseId: course.id,
        courseKind: course.kind,
        candidateId: command.candidateId,
        memberId: command.memberId,
        organisationId,
        status: 'NOMINATED',
        nominatedAt: now,
        nominatedBy: actor.id,
        decidedAt: null,
        decidedBy: null,
        decisionReason: null,
        result: null,
        score: null,
        completed: null,
        resultRecordedAt: null,
        resultRecordedBy: null,
        updatedAt: now,
      };
      await tx.insertMany(EnrolmentEntity, [enrolment]);
      // nominatedBy is the nominating organisation (the secretary's), an id the contract can carry; the user is the envelope's actor.
      events.recordEvent(tx, enrolmentNominated, { aggregateId: enrolment.id, actor, data: { ...partyOf(enrolment), nominatedBy: identity.scopeId ?? organisationId } });
      return enrolment;
    });
  }

  private async nomineeOf(tx: EntityManager, command: NominateCommand): Promise<{ nominee: Nominee; organisationId: string }> {
    if (command.candidateId) {
      const candidate = await tx.findOne(CandidateReadModelEntity, { id: command.candidateId });
      if (!candidate) throw AppError.notFound('Candidate', command.candidateId);
      return { nominee: { kind: 'CANDIDATE', stage: candidate.stage }, organisationId: candidate.cellId };
    }
    const member = await tx.findOne(MemberReadModelEntity, { id: command.memberId! });
    if (!member?.organisationId) throw AppError.notFound('Party member', command.memberId!);
    return {
      nominee: { kind: 'MEMBER', status: member.status === 'PROBATIONARY' ? 'PROBATIONARY' : 'OFFICIAL', active: member.active },
      organisationId: member.organisationId,
    };
  }

  /** The board approves (within capacity) or refuses (with a reason); a cell or the board withdraws before the start. */
  async decide(enrolmentId: string, decision: EnrolmentDecision): Promise<EnrolmentRow> {
    const identity = requireIdentity(this.scope.identity);
    const { clock, actor, events } = this.scope;
    return this.scope.em.transactional(async (tx) => {
      const visible = await this.require(enrolmentId);
      if (decision.kind === 'WITHDRAW') await assertRecordInScope(identity, visible.organisationId, this.scopes, notFound(enrolmentId));
      // The course first, then the enrolment: every writer locks in this order, so two approvals cannot both take the last place.
      const course = await lockCourse(tx, visible.courseId);
      const enrolment = await lockEnrolment(tx, enrolmentId);
      if (!course || !enrolment) throw notFound(enrolmentId)();
      const sessions = await findSessionsOfCourses(tx, [course.id]);
      const others = decision.kind === 'APPROVE' ? (await findOtherEnrolments(tx, enrolment)).filter((other) => other.course.id !== course.id) : [];
      const status = decideEnrolment(enrolment.status, decision, {
        course: courseFacts(course, sessions),
        approvedCount: await countApproved(tx, course.id),
        others,
        today: todayInVietnam(clock),
      });
      const now = clock.now();
      Object.assign(enrolment, { status, decidedAt: now, decidedBy: actor.id, decisionReason: decision.kind === 'APPROVE' ? null : decision.reason, updatedAt: now });
      const contract: EventContract<ReturnType<typeof partyOf>> = status === 'APPROVED' ? nominationApproved : status === 'REFUSED' ? nominationRefused : nominationWithdrawn;
      events.recordEvent(tx, contract, { aggregateId: enrolment.id, actor, data: partyOf(enrolment) });
      await tx.flush();
      return enrolment;
    });
  }

  /** Attendance of one session for some participants, all or nothing. */
  async recordAttendance(command: AttendanceCommand): Promise<EnrolmentRow[]> {
    requireIdentity(this.scope.identity);
    const { clock, actor } = this.scope;
    const today = todayInVietnam(clock);
    const ids = command.marks.map((mark) => mark.enrolmentId);
    if (new Set(ids).size !== ids.length) throw AppError.badInput('Each participant appears once.', [{ field: 'input.marks', message: 'lists a participant twice' }]);
    return this.scope.em.transactional(async (tx) => {
      const [session] = await tx.execute<{ course_id: string; date: string }[]>(`select course_id, to_char(date, 'YYYY-MM-DD') as date from course_session where id = ?::uuid`, [command.sessionId]);
      if (!session) throw AppError.notFound('Session', command.sessionId);
      const course = await lockCourse(tx, session.course_id);
      const enrolments = await tx.find(EnrolmentEntity, { id: { $in: ids } });
      const byId = new Map(enrolments.map((row) => [row.id, row]));
      for (const mark of command.marks) {
        const enrolment = byId.get(mark.enrolmentId);
        if (!enrolment || enrolment.courseId !== session.course_id) throw AppError.notFound('Enrolment of this course', mark.enrolmentId);
        checkAttendance({ enrolmentStatus: enrolment.status, courseStatus: course!.status, sessionDate: session.date, today });
        await tx.execute(
          `insert into attendance (enrolment_id, session_id, mark, recorded_at, recorded_by) values (?::uuid, ?::uuid, ?, ?, ?)
           on conflict (enrolment_id, session_id) do update set mark = excluded.mark, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
          [enrolment.id, command.sessionId, mark.mark, clock.now(), actor.id],
        );
      }
      return command.marks.map((mark) => byId.get(mark.enrolmentId)!);
    });
  }

  /**
   * Final results, answered row by row (the results-sheet upload calls this too): each row
   * is checked and written in its own transaction, so a bad row names its problem and the
   * good rows stand. A participant who completes gets a certificate issued today.
   */
  async recordResults(rows: readonly ResultRowCommand[]): Promise<ResultRowOutcome[]> {
    requireIdentity(this.scope.identity);
    const outcomes = await eachOnItsOwn(rows, (row) => this.recordResult(row));
    return outcomes.map((outcome): ResultRowOutcome =>
      outcome.ok
        ? { enrolmentId: outcome.key.enrolmentId, ok: true, ...outcome.value }
        : { enrolmentId: outcome.key.enrolmentId, ok: false, code: outcome.code, rule: outcome.rule, message: outcome.message },
    );
  }

  private async recordResult(row: ResultRowCommand): Promise<{ enrolment: EnrolmentRow; certificate: CertificateRow | null }> {
    const { clock, actor, events } = this.scope;
    const policy = await this.policy.current();
    const today = todayInVietnam(clock);
    return this.scope.em.transactional(async (tx) => {
      // Read before waiting for the locks: a result that is there once they are ours, and was not
      // then, was recorded by someone else at the same time.
      const [found] = await tx.execute<{ course_id: string; status: string }[]>('select course_id, status from enrolment where id = ?::uuid', [row.enrolmentId]);
      if (!found) throw notFound(row.enrolmentId)();
      const course = await lockCourse(tx, found.course_id);
      const enrolment = await lockEnrolment(tx, row.enrolmentId);
      if (found.status !== 'FINISHED' && enrolment!.status === 'FINISHED') {
        const at = enrolment!.resultRecordedAt?.toISOString() ?? '?';
        throw AppError.conflict(
          `Trong lúc bạn ghi, người khác đã ghi kết quả ${enrolment!.result} cho học viên này lúc ${at}; kết quả của bạn chưa được ghi, hãy tải lại. / ` +
            `While you were recording, someone else recorded this participant's result (${enrolment!.result}, at ${at}); yours was not recorded: reload to see it.`,
          { enrolmentId: enrolment!.id, result: enrolment!.result, resultRecordedAt: at },
        );
      }
      const sessions = await findSessionsOfCourses(tx, [course!.id]);
      const marks = (await findAttendanceOf(tx, [enrolment!.id])).map((attendance) => attendance.mark);
      const { completed } = planResult(row.result, row.score, {
        enrolmentStatus: enrolment!.status,
        courseStatus: course!.status,
        lastSessionOn: sessions.at(-1)!.date,
        today,
        sessionCount: sessions.length,
        marks,
        policy,
      });
      const now = clock.now();
      Object.assign(enrolment!, {
        status: 'FINISHED',
        result: row.result,
        score: row.score === null ? null : row.score.toFixed(2),
        completed,
        resultRecordedAt: now,
        resultRecordedBy: actor.id,
        updatedAt: now,
      });
      await tx.flush();
      events.recordEvent(tx, enrolmentFinished, { aggregateId: enrolment!.id, actor, data: { ...partyOf(enrolment!), result: row.result } });
      const certificate = completed ? await this.certificates.issue(tx, enrolment!, course!, today) : null;
      return { enrolment: enrolment!, certificate };
    });
  }

  attendanceOf(enrolmentIds: readonly string[]) {
    return findAttendanceOf(this.scope.em, enrolmentIds);
  }
}

