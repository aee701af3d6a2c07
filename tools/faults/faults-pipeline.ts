import { type Answer, acceptMutation, type Caller, type FaultsClient, IMPORT, inParallel, type Person, referralCsv, referralInput, SUBMIT, syntheticPerson, vietnamDay, type Ward } from './faults-workload';

// One round of the fault suite's workload: what the ward's people do through the gateway, from
// a referral to an admission ceremony, across all five services. A youth union refers people
// (one by one and by spreadsheet); the cell declines a few and accepts the rest, reviews some
// and withdraws a few from its source pool (the pool decisions); the training centre runs an
// awareness course for the others — scheduled for today, nominations by the cell, approvals by
// the board, attendance, results and certificates; then the cell takes some trained candidates
// through the dossier, the vote, the ward's decision and the ceremony (the organisation
// service then registers the probationary member). Recognitions are left out: the services run
// on the real clock (a test sets it only in-process, through StartOptions.clock), and a member
// is recognised twelve months after the ceremony.
//
// Steps that wait on facts another service learns by event (a nomination before training knows
// the candidate, a dossier before admission knows the certificate) are retried until the facts
// arrive, as a secretary would try again later.

export interface PipelineCallers {
  staff: Caller;
  secretary: Caller;
  board: Caller;
  centre: Caller;
  committee: Caller;
}

export interface PipelineSetup {
  ward: Ward;
  institutionId: string;
  /** The cell's official members: introducers, mentor and those present at the vote. */
  officialMemberIds: string[];
  /** SQL look-ups in the owning services, for the ids an answer lost during a fault would have given. */
  candidatesOfReferrals(referralIds: readonly string[]): Promise<Map<string, string>>;
  openDossierOf(candidateId: string): Promise<string | null>;
}

interface Referred {
  referralId: string;
  /** Referred one by one (with a university education): these go on to a dossier. */
  person: Person | null;
}

/** A referral the cell accepted: its candidate (sourcing's id, the same in every service). */
type InPool = Referred & { candidateId: string };

/** Declines one referral in this many (NOT_READY), withdraws one accepted candidate in WITHDRAW_EVERY, reviews one in REVIEW_EVERY. */
const DECLINE_EVERY = 11;
const WITHDRAW_EVERY = 23;
const REVIEW_EVERY = 5;
/** How long a step waits for another service's facts to arrive by event. */
const EVENTUALLY_MS = 150_000;

const OPEN_DOSSIER = 'mutation($candidateId: ID!) { openAdmissionDossier(input: { candidateId: $candidateId }) { id } }';
const DOCUMENT = 'mutation($input: RecordDossierDocumentInput!) { recordDossierDocument(input: $input) { id } }';
const HISTORY = `mutation($history: RecordPersonalHistoryInput!, $historyPaper: RecordDossierDocumentInput!, $applicant: RecordBackgroundVerificationInput!, $father: RecordBackgroundVerificationInput!, $mother: RecordBackgroundVerificationInput!) {
  history: recordPersonalHistory(input: $history) { personalHistoryRecorded }
  historyPaper: recordDossierDocument(input: $historyPaper) { id }
  applicant: recordBackgroundVerification(input: $applicant) { id }
  father: recordBackgroundVerification(input: $father) { id }
  mother: recordBackgroundVerification(input: $mother) { id }
}`;
const INTRODUCTIONS = `mutation($first: RecordIntroductionInput!, $second: RecordIntroductionInput!, $verificationPaper: RecordDossierDocumentInput!, $introductionsPaper: RecordDossierDocumentInput!, $massOrganisationComments: RecordDossierDocumentInput!, $residenceComments: RecordDossierDocumentInput!) {
  first: recordIntroduction(input: $first) { id }
  second: recordIntroduction(input: $second) { id }
  verificationPaper: recordDossierDocument(input: $verificationPaper) { id }
  introductionsPaper: recordDossierDocument(input: $introductionsPaper) { id }
  massOrganisationComments: recordDossierDocument(input: $massOrganisationComments) { id }
  residenceComments: recordDossierDocument(input: $residenceComments) { id }
}`;
const RESOLUTION = 'mutation($input: RecordCellResolutionInput!) { recordCellResolution(input: $input) { passed } }';
const DECISION = 'mutation($input: RecordAdmissionDecisionInput!) { recordAdmissionDecision(input: $input) { decisionNumber } }';
const CEREMONY = 'mutation($input: RecordAdmissionCeremonyInput!) { recordAdmissionCeremony(input: $input) { startsOn } }';

export class Pipeline {
  readonly referralIds: string[] = [];
  readonly declinedReferralIds: string[] = [];
  readonly acceptedReferralIds: string[] = [];
  /** The candidates of this run's referrals (sourcing's ids, the same in every service). */
  readonly candidateIds: string[] = [];
  withdrawn = 0;
  reviews = 0;
  courses = 0;
  certificates = 0;
  dossiersOpened = 0;
  ceremonies = 0;
  /** Steps given up (with why): the counts checked at the end come from the owning services, so they stay exact. */
  readonly abandoned: string[] = [];
  /** Accept answers that neither accepted a referral nor said it was decided already (retried). */
  readonly noOutcome: string[] = [];
  private serial = 100_000;

  constructor(
    private readonly client: FaultsClient,
    private readonly callers: PipelineCallers,
    private readonly setup: PipelineSetup,
  ) {}

  /** referral id → candidate id for every referral this run made (declined ones too). */
  candidatesOfAllReferrals(): Promise<Map<string, string>> {
    return this.setup.candidatesOfReferrals(this.referralIds);
  }

  async round(): Promise<void> {
    const referred = await this.refer();
    const accepted = await this.decideReferrals(referred);
    const pool = await this.poolDecisions(accepted);
    const trained = await this.train(pool).catch((error: unknown) => {
      this.abandoned.push(`a course: ${error instanceof Error ? error.message : String(error)}`);
      return [] as InPool[];
    });
    await inParallel(
      trained.filter((candidate) => candidate.person),
      4,
      (candidate) => this.admit(candidate),
    );
  }

  private async refer(): Promise<Referred[]> {
    const { client, callers, setup } = this;
    const referred: Referred[] = [];
    const submitOne = async () => {
      const person = syntheticPerson((this.serial += 1));
      const answer = await client.until<{ submitReferral: { referral: { id: string } } }>(callers.staff, SUBMIT, { input: referralInput(setup.ward, person) }, (a) =>
        // A retry after a first attempt that did commit: "already referred" means done.
        a.errors.every((error) => error.extensions?.code === 'CONFLICT'),
      );
      if (answer.data?.submitReferral) referred.push({ referralId: answer.data.submitReferral.referral.id, person });
    };
    const importOne = async (rows: number) => {
      const people = Array.from({ length: rows }, () => syntheticPerson((this.serial += 1)));
      const input = { massOrganisationId: setup.ward.massOrganisationId, fileName: `faults-${this.serial}.csv`, contentBase64: referralCsv(setup.ward, people), format: 'CSV', mode: 'VALID_ROWS_ONLY', consentNoticeVersion: setup.ward.noticeVersion };
      const answer = await client.until<{ importReferrals: { rows: { referralId: string | null }[] } }>(callers.staff, IMPORT, { input }, (a) =>
        // The same file again after a first attempt that committed: its CONFLICT means done.
        a.errors.every((error) => error.extensions?.code === 'CONFLICT'),
      );
      for (const row of answer.data?.importReferrals.rows ?? []) if (row.referralId) referred.push({ referralId: row.referralId, person: null });
    };
    await Promise.all([submitOne(), submitOne(), submitOne(), submitOne(), importOne(40)]);
    this.referralIds.push(...referred.map((r) => r.referralId));
    return referred;
  }

  /** The cell's decision on each referral: one in DECLINE_EVERY declined, the rest accepted 25 at a time. */
  private async decideReferrals(referred: Referred[]): Promise<InPool[]> {
    const { client, callers } = this;
    const toDecline = referred.filter((_r, i) => i % DECLINE_EVERY === DECLINE_EVERY - 1);
    await inParallel(toDecline, 4, async ({ referralId }) => {
      await client.until(callers.secretary, 'mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { id } } }', { input: { referralId, reason: 'NOT_READY' } });
      this.declinedReferralIds.push(referralId);
    });
    const toAccept = referred.filter((r) => !toDecline.includes(r));
    for (let start = 0; start < toAccept.length; start += 25) {
      let remaining = toAccept.slice(start, start + 25).map((r) => r.referralId);
      for (let attempt = 0; remaining.length > 0; attempt += 1) {
        if (attempt > 30) throw new Error(`referrals ${remaining.join(', ')} could not be accepted`);
        const answer = await client.until<Record<string, { referral: { status: string } } | null>>(callers.secretary, acceptMutation(remaining), {}, (a) =>
          a.errors.every((error) => error.extensions?.code === 'CONFLICT' || /REFERRAL_DECIDED/.test(JSON.stringify(error.extensions ?? {}))),
        );
        const decided = new Set(answer.errors.filter((error) => /REFERRAL_DECIDED|CONFLICT/.test(JSON.stringify(error.extensions ?? {}))).map((error) => String((error as { path?: unknown[] }).path?.[0] ?? '')));
        const left = remaining.filter((_id, i) => answer.data?.[`a${i}`]?.referral?.status !== 'ACCEPTED' && !decided.has(`a${i}`));
        if (left.length > 0) this.noOutcome.push(`${left.length} of ${remaining.length}: ${JSON.stringify({ data: answer.data === null ? null : 'partial', errors: answer.errors }).slice(0, 400)}`);
        remaining = left;
      }
    }
    this.acceptedReferralIds.push(...toAccept.map((r) => r.referralId));
    const candidates = await this.setup.candidatesOfReferrals(toAccept.map((r) => r.referralId));
    const accepted = toAccept.map((r) => ({ ...r, candidateId: candidates.get(r.referralId) ?? '' })).filter((r) => r.candidateId);
    this.candidateIds.push(...accepted.map((r) => r.candidateId));
    return accepted;
  }

  /** The cell's pool decisions: a review for some, a withdrawal for a few (who then leave the pipeline). */
  private async poolDecisions(accepted: InPool[]): Promise<InPool[]> {
    const { client, callers } = this;
    const toWithdraw = accepted.filter((_c, i) => i % WITHDRAW_EVERY === WITHDRAW_EVERY - 1);
    const toReview = accepted.filter((_c, i) => i % REVIEW_EVERY === 0);
    await inParallel(toReview, 4, async ({ candidateId }) => {
      await client.until(
        callers.secretary,
        'mutation($input: RecordCandidateReviewInput!) { recordCandidateReview(input: $input) { id } }',
        { input: { candidateId, reviewedOn: vietnamDay(), assessment: 'Tích cực tham gia sinh hoạt, tiến bộ tốt' } },
      );
      this.reviews += 1;
    });
    await inParallel(toWithdraw, 4, async ({ candidateId }) => {
      await client.until(callers.secretary, 'mutation($input: WithdrawCandidateInput!) { withdrawCandidate(input: $input) { candidate { id } } }', { input: { candidateId, reason: 'MOVED_AWAY' } });
      this.withdrawn += 1;
    });
    return accepted.filter((c) => !toWithdraw.includes(c));
  }

  /** An awareness course held today for `pool`: scheduled, opened, nominated, approved, started, attended, results, finished. */
  private async train(pool: InPool[]): Promise<InPool[]> {
    if (pool.length === 0) return [];
    const { client, callers, setup } = this;
    const today = vietnamDay();
    const scheduled = await client.until<{ scheduleCourse: { id: string; sessions: { id: string }[] } }>(
      callers.centre,
      'mutation($input: ScheduleCourseInput!) { scheduleCourse(input: $input) { id sessions { id } } }',
      {
        input: {
          kind: 'AWARENESS',
          institutionId: setup.institutionId,
          title: `Lớp bồi dưỡng nhận thức về Đảng (kiểm thử ${this.serial})`,
          startsOn: today,
          endsOn: today,
          capacity: 100,
          location: 'Hội trường phường',
          sessions: [{ date: today, startsAt: '00:00', endsAt: '00:30', topic: 'Những vấn đề cơ bản về Đảng' }],
        },
      },
    );
    const course = scheduled.data?.scheduleCourse;
    if (!course) throw new Error('the course was scheduled without an answer');
    this.courses += 1;
    await client.until(callers.centre, 'mutation($id: ID!) { openCourse(id: $id) { id } }', { id: course.id });
    await inParallel(pool, 4, async ({ candidateId }) => {
      await client.until(callers.secretary, 'mutation($input: NominateInput!) { nominate(input: $input) { id } }', { input: { courseId: course.id, candidateId } }, () => false, EVENTUALLY_MS, true).catch(
        (error: unknown) => this.abandoned.push(`a nomination: ${error instanceof Error ? error.message : String(error)}`),
      );
    });
    // The ids from the course itself: a nomination whose answer was lost still shows here.
    const enrolments = async (status: string) =>
      (
        await client.until<{ course: { enrolments: { id: string; candidate: { id: string } | null }[] } }>(
          callers.centre,
          'query($id: ID!, $status: EnrolmentStatus) { course(id: $id) { enrolments(status: $status) { id candidate { id } } } }',
          { id: course.id, status },
        )
      ).data?.course.enrolments ?? [];
    await inParallel(await enrolments('NOMINATED'), 4, async ({ id }) => {
      await client.until(callers.board, 'mutation($id: ID!) { approveNomination(id: $id) { id } }', { id });
    });
    const approved = await enrolments('APPROVED');
    if (approved.length === 0) return [];
    await client.until(callers.centre, 'mutation($id: ID!) { startCourse(id: $id) { id } }', { id: course.id });
    await client.until(callers.centre, 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }', {
      input: { sessionId: course.sessions[0].id, marks: approved.map(({ id }) => ({ enrolmentId: id, mark: 'PRESENT' })) },
    });
    const results = await client.until<{ recordResults: { enrolmentId: string; ok: boolean; certificate: { id: string } | null; code: string | null }[] }>(
      callers.centre,
      'mutation($input: RecordResultsInput!) { recordResults(input: $input) { enrolmentId ok certificate { id } code } }',
      { input: { rows: approved.map(({ id }) => ({ enrolmentId: id, result: 'PASSED', score: 8.5 })) } },
    );
    await client.until(callers.centre, 'mutation($id: ID!) { finishCourse(id: $id) { id } }', { id: course.id });
    const certified = new Set((results.data?.recordResults ?? []).filter((row) => row.certificate).map((row) => approved.find((e) => e.id === row.enrolmentId)?.candidate?.id));
    this.certificates += certified.size;
    return pool.filter((c) => certified.has(c.candidateId));
  }

  /** One trained candidate through the dossier, the cell's vote, the ward's decision and the ceremony. */
  private async admit(candidate: InPool): Promise<void> {
    const { client, callers, setup } = this;
    const person = candidate.person as Person;
    const today = vietnamDay();
    const eventually = <T>(caller: Caller, query: string, variables: Record<string, unknown>): Promise<Answer<T>> => client.until<T>(caller, query, variables, () => false, EVENTUALLY_MS, true);
    try {
      // Admission learns the candidate (from sourcing) and the certificate (from training) by event.
      // A refusal after an attempt without an answer reads as "already done" (FaultsClient.until),
      // but here it can be "not yet" (the certificate not heard of yet): the dossier is looked up,
      // and, when there is none, opening it is tried again within the same patience.
      const patience = Date.now() + EVENTUALLY_MS;
      let dossierId: string | null = null;
      while (!dossierId) {
        const opened = await eventually<{ openAdmissionDossier: { id: string } }>(callers.secretary, OPEN_DOSSIER, { candidateId: candidate.candidateId });
        dossierId = opened.data?.openAdmissionDossier.id ?? (await setup.openDossierOf(candidate.candidateId));
        if (!dossierId && Date.now() > patience) throw new Error(`no dossier opened within ${EVENTUALLY_MS / 1000} s: ${opened.errors.map((error) => error.extensions?.code ?? 'ERROR').join(', ')}`);
        if (!dossierId) await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      this.dossiersOpened += 1;
      const paper = (kind: string) => ({ dossierId, kind, date: today });
      const verification = (subject: string) => ({ dossierId, subject, result: 'SATISFACTORY', concludedOn: today });
      await client.until(callers.secretary, DOCUMENT, { input: paper('APPLICATION_LETTER') });
      await client.until(callers.secretary, HISTORY, {
        history: { dossierId, dateOfBirth: person.dateOfBirth, educationLevel: 'UNIVERSITY', formerMember: false },
        historyPaper: paper('PERSONAL_HISTORY'),
        applicant: verification('APPLICANT'),
        father: verification('FATHER'),
        mother: verification('MOTHER'),
      });
      const [first, second] = setup.officialMemberIds;
      await client.until(callers.secretary, INTRODUCTIONS, {
        first: { dossierId, kind: 'MEMBER', memberId: first, togetherFrom: vietnamDay(-800) },
        second: { dossierId, kind: 'MEMBER', memberId: second, togetherFrom: vietnamDay(-800) },
        verificationPaper: paper('BACKGROUND_VERIFICATION'),
        introductionsPaper: paper('INTRODUCTIONS'),
        massOrganisationComments: paper('MASS_ORGANISATION_COMMENTS'),
        residenceComments: paper('RESIDENCE_CELL_COMMENTS'),
      });
      const present = setup.officialMemberIds;
      await eventually(callers.secretary, RESOLUTION, { input: { dossierId, meetingDate: today, presentMemberIds: present, inFavour: present.length } });
      await client.until(callers.committee, DECISION, { input: { dossierId, decisionNumber: `${this.serial}-${dossierId.slice(0, 4)}-QĐ/ĐU`, decisionDate: today } });
      await client.until(callers.secretary, CEREMONY, { input: { dossierId, decisionReceivedOn: today, ceremonyDate: today, mentorMemberId: first } });
      this.ceremonies += 1;
    } catch (error) {
      this.abandoned.push(`a dossier: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
