import { randomUUID } from 'node:crypto';
import { type Identity } from '@pdv/auth';
import { admissionCeremonyHeld, memberRegistered, officialRecognitionGranted, quotaSet, supervisionAssigned, targetExemptionSet } from '@pdv/contracts';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import { type Harness, registerOrganisation, startHarness } from './support/harness';

const board = identityOf('PARTY_BUILDING_BOARD');
const standing = identityOf('WARD_STANDING_COMMITTEE');
const auditor = identityOf('AUDITOR');

const RATING_FIELDS = `id subjectKind subjectId year score level confirmed
  memberDevelopment { basis organisationId points of parts { part met points of } units { organisationId points of } missingReviews }
  corrections { fromScore fromLevel toScore toLevel correctedBy reason }`;
const RECORD = `mutation($input: RecordQualityRatingInput!) { recordQualityRating(input: $input) { ${RATING_FIELDS} } }`;
const CONFIRM = 'mutation($ids: [ID!]!) { confirmQualityRatings(ratingIds: $ids) { id level confirmed } }';
const CORRECT = `mutation($input: CorrectQualityRatingInput!) { correctQualityRating(input: $input) { ${RATING_FIELDS} } }`;
const SUMMARY = `query($year: Int!) { qualityRatingSummary(year: $year) {
  organisations { rated goodOrBetter percent goalPercent meetsGoal } members { rated goodOrBetter percent meetsGoal }
  excellentCap { subjectKind organisationId excellent allowed base withinCap } } }`;
const ORG_RATING = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { rating(year: 2026) { level score } } } }`;
const MEMBER_RATING = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PartyMember { rating(year: 2026) { level score } } } }`;
const REVIEW = 'mutation($input: RecordSupervisionReviewInput!) { recordSupervisionReview(input: $input) { organisationId committeeMemberId month observed agreedBy } }';
const MISSING = 'query($month: String) { missingSupervisionReviews(month: $month) { organisationId committeeMemberId month } }';
const REVIEWS_OF = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { supervisionReviews(year: 2026) { month committeeMemberId observed problems agreed agreedBy } } } }`;
const QUOTA = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MassOrganisation { quotaAttainment(year: 2026) { required actual shortfall met rule } } } }`;

interface RatingNode {
  id: string;
  level: string;
  score: number;
  confirmed: boolean;
  memberDevelopment: { basis: string; organisationId: string | null; points: number | null; of: number | null; parts: { part: string; met: boolean; points: number }[]; units: { organisationId: string; points: number }[]; missingReviews: number | null };
  corrections: { fromScore: number; fromLevel: string; toScore: number; toLevel: string; correctedBy: string; reason: string }[];
}

function errorOf(response: GraphQLResponse<unknown>) {
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, rule: error?.extensions?.rule, fields: (error?.extensions?.problems as { field: string }[] | undefined)?.map((p) => p.field) };
}

describe('year-end quality ratings and monthly supervision reviews through the gateway', () => {
  let h: Harness;
  const ward = randomUUID();
  const cellA = randomUUID(); // exempt for 2026: its targets count as met
  const cellB = randomUUID(); // behind, and a probationer recognised late
  const committee = randomUUID(); // the committee member supervising both cells
  const idle = randomUUID(); // a committee member with no assignment
  const leader = randomUUID(); // the secretary of cell B (a member of cell A's ward list for the cap)
  const excellent = randomUUID();
  const good = Array.from({ length: 5 }, () => randomUUID());
  const youth = randomUUID();
  const committeeCaller: Identity = identityOf('COMMITTEE_MEMBER', committee);
  const ratings: Record<string, RatingNode> = {};

  const record = async (caller: Identity, input: Record<string, unknown>) => h.gql<{ recordQualityRating: RatingNode }>(caller, RECORD, { input: { year: 2026, allTasksDone: true, tasksExceededPercent: 40, ...input } });

  beforeAll(async () => {
    h = await startHarness('ratings', { today: '2026-12-20' });
    await registerOrganisation(h, ward, null, 'WARD_COMMITTEE', 'DU-PHUONG');
    await registerOrganisation(h, cellA, ward, 'GRASSROOTS_CELL', 'CB-A');
    await registerOrganisation(h, cellB, ward, 'GRASSROOTS_CELL', 'CB-B');
    for (const [memberId, organisationId] of [
      [committee, ward],
      [idle, ward],
      [leader, cellB],
      [excellent, cellA],
      ...good.map((id) => [id, cellA]),
    ] as const) {
      await h.publish(memberRegistered, memberId, {
        memberId,
        organisationId,
        status: 'OFFICIAL',
        active: true,
        temporarilyAway: false,
        activityExempt: false,
        candidateId: null,
        admissionDecisionDate: null,
        officialDate: '2010-01-01',
      });
    }
    await h.publish(targetExemptionSet, cellA, { exemptionId: randomUUID(), organisationId: cellA, year: 2026, reason: 'ALL_STAFF_ARE_MEMBERS' });
    for (const organisationId of [cellA, cellB]) {
      await h.publish(supervisionAssigned, organisationId, { assignmentId: randomUUID(), committeeMemberId: committee, organisationId, validFrom: '2026-01-01', validTo: null });
    }
    // The admission stream is consumed beside the organisation stream: its facts wait for the tree.
    await waitFor(async () => (await h.sql('select 1 from org_read_model_closure')).length === 5, { what: 'the tree' });
    // Admitted at the ceremony of 10 March 2025: 12 months end 10 March 2026, due by 8 June; recognised on 1 July.
    const candidateId = randomUUID();
    const dossierId = randomUUID();
    await h.publish(admissionCeremonyHeld, candidateId, { dossierId, candidateId, cellId: cellB, admissionDecisionDate: '2025-02-20', ceremonyDate: '2025-03-10' });
    await waitFor(async () => (await h.sql('select 1 from candidate_journey')).length === 1, { what: 'the ceremony' });
    await h.publish(officialRecognitionGranted, candidateId, { dossierId, candidateId, memberId: null, officialDate: '2026-03-10', decisionDate: '2026-07-01' });
    await h.publish(quotaSet, youth, { quotaId: randomUUID(), massOrganisationId: youth, year: 2026, target: 4 });
    await waitFor(
      async () =>
        (await h.sql('select 1 from member_read_model')).length === 9 &&
        (await h.sql('select 1 from supervision_assignment')).length === 2 &&
        (await h.sql('select 1 from target_exemption')).length === 1 &&
        (await h.sql('select 1 from evaluation_target')).length === 1 &&
        (await h.sql("select 1 from candidate_journey where reached->>'RECOGNISED' is not null")).length === 1,
      { what: 'the tree, members, assignments, exemption, quota and the probationer' },
    );
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('computes an organisation’s member-development criterion from its targets: an exempt unit meets them; a late recognition loses its points', async () => {
    const a = await record(board, { subjectKind: 'ORGANISATION', subjectId: cellA, score: 85 });
    expect(a.errors).toBeUndefined();
    expect(a.data!.recordQualityRating).toMatchObject({ level: 'GOOD', score: 85, confirmed: false, memberDevelopment: { basis: 'UNIT', organisationId: cellA, points: 10, of: 10 } });
    const b = await record(standing, { subjectKind: 'ORGANISATION', subjectId: cellB, score: 60 });
    expect(b.data!.recordQualityRating.level).toBe('COMPLETED');
    expect(b.data!.recordQualityRating.memberDevelopment).toMatchObject({ points: 2, of: 10 });
    expect(b.data!.recordQualityRating.memberDevelopment.parts).toEqual([
      { part: 'TARGETS_MET', met: false, points: 0, of: 6 },
      { part: 'PROBATIONERS_RECOGNISED_ON_TIME', met: false, points: 0, of: 2 },
      { part: 'NO_ADMISSION_ANNULLED', met: true, points: 2, of: 2 },
    ]);
    ratings.cellA = a.data!.recordQualityRating;
    ratings.cellB = b.data!.recordQualityRating;
  });

  it('rolls the criterion up to the unit’s leader unchanged', async () => {
    const response = await record(board, { subjectKind: 'MEMBER', subjectId: leader, score: 75, leadsOrganisationId: cellB });
    expect(response.errors).toBeUndefined();
    expect(response.data!.recordQualityRating.memberDevelopment).toMatchObject({ basis: 'LEADER', organisationId: cellB, points: 2, of: 10 });
  });

  it('lets the assigned committee member record monthly reviews, and refuses one by anyone else or for a month not begun', async () => {
    const input = { organisationId: cellA, month: '2026-M11', observed: ' Hai quần chúng đang học lớp nhận thức ', agreed: 'Lập hồ sơ kết nạp', agreedBy: '2027-01-31' };
    const done = await h.gql<{ recordSupervisionReview: unknown }>(committeeCaller, REVIEW, { input });
    expect(done.errors).toBeUndefined();
    expect(done.data!.recordSupervisionReview).toEqual({ organisationId: cellA, committeeMemberId: committee, month: '2026-M11', observed: 'Hai quần chúng đang học lớp nhận thức', agreedBy: '2027-01-31' });
    expect(errorOf(await h.gql(identityOf('COMMITTEE_MEMBER', idle), REVIEW, { input }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'EVALUATION.SUPERVISION_REVIEW_BY_ASSIGNED_MEMBER' });
    expect(errorOf(await h.gql(identityOf('COMMITTEE_MEMBER'), REVIEW, { input }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await h.gql(board, REVIEW, { input }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await h.gql(committeeCaller, REVIEW, { input: { ...input, month: '2027-M01' } }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'EVALUATION.SUPERVISION_REVIEW_MONTH' });
    expect(errorOf(await h.gql(committeeCaller, REVIEW, { input: { ...input, month: '2026-11' } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.month'] });
    expect(await h.sql('select month from supervision_review')).toEqual([{ month: '2026-M11' }]);
  });

  it('names the units whose review for last month is missing, each caller seeing their own part', async () => {
    const all = await h.gql<{ missingSupervisionReviews: unknown[] }>(board, MISSING, {});
    expect(all.data!.missingSupervisionReviews).toEqual([{ organisationId: cellB, committeeMemberId: committee, month: '2026-M11' }]);
    const october = await h.gql<{ missingSupervisionReviews: { organisationId: string }[] }>(auditor, MISSING, { month: '2026-M10' });
    expect(october.data!.missingSupervisionReviews.map((r) => r.organisationId).sort()).toEqual([cellA, cellB].sort());
    const secretaryA = await h.gql<{ missingSupervisionReviews: unknown[] }>(identityOf('CELL_SECRETARY', cellA), MISSING, { month: '2026-M10' });
    expect(secretaryA.data!.missingSupervisionReviews).toEqual([{ organisationId: cellA, committeeMemberId: committee, month: '2026-M10' }]);
    const other = await h.gql<{ missingSupervisionReviews: unknown[] }>(identityOf('COMMITTEE_MEMBER', idle), MISSING, {});
    expect(other.data!.missingSupervisionReviews).toEqual([]);
    const reviews = await h.gqlSubgraph<{ _entities: { supervisionReviews: { month: string }[] }[] }>(committeeCaller, REVIEWS_OF, { r: [{ __typename: 'Organisation', id: cellA }] });
    expect(reviews.data!._entities[0].supervisionReviews).toEqual([
      { month: '2026-M11', committeeMemberId: committee, observed: 'Hai quần chúng đang học lớp nhận thức', problems: null, agreed: 'Lập hồ sơ kết nạp', agreedBy: '2027-01-31' },
    ]);
    expect(errorOf(await h.gqlSubgraph(identityOf('CELL_SECRETARY', cellB), REVIEWS_OF, { r: [{ __typename: 'Organisation', id: cellA }] }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('rolls the criterion up to the supervising committee member: the mean of their units, with the missing reviews counted', async () => {
    const response = await record(board, { subjectKind: 'MEMBER', subjectId: committee, score: 80 });
    expect(response.errors).toBeUndefined();
    // Jan–Nov ended by 20 December: 11 months × 2 units owed, one review done.
    expect(response.data!.recordQualityRating.memberDevelopment).toMatchObject({ basis: 'SUPERVISOR', organisationId: null, points: 6, of: 10, missingReviews: 21 });
    expect(response.data!.recordQualityRating.memberDevelopment.units).toEqual(
      expect.arrayContaining([
        { organisationId: cellA, points: 10, of: 10 },
        { organisationId: cellB, points: 2, of: 10 },
      ]),
    );
  });

  it('confirms only the standing committee’s way, within the Excellent cap of each grassroots organisation', async () => {
    const top = await record(board, { subjectKind: 'MEMBER', subjectId: excellent, score: 95 });
    expect(top.data!.recordQualityRating.level).toBe('EXCELLENT');
    ratings.excellent = top.data!.recordQualityRating;
    // Alone, one Excellent with nobody rated Good breaks the cap (20% of 0), and nothing is confirmed.
    expect(errorOf(await h.gql(standing, CONFIRM, { ids: [ratings.excellent.id] }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'EVALUATION.EXCELLENT_CAP' });
    expect(errorOf(await h.gql(board, CONFIRM, { ids: [ratings.excellent.id] }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.sql('select 1 from quality_rating where confirmed_at is not null')).toEqual([]);
    for (const [i, memberId] of good.entries()) {
      const r = await record(board, { subjectKind: 'MEMBER', subjectId: memberId, score: 80 + i });
      ratings[`good${i}`] = r.data!.recordQualityRating;
    }
    // Five rated Good allow one Excellent.
    const ids = [ratings.excellent.id, ...good.map((_, i) => ratings[`good${i}`].id), ratings.cellA.id, ratings.cellB.id];
    const confirmed = await h.gql<{ confirmQualityRatings: { confirmed: boolean }[] }>(standing, CONFIRM, { ids });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmQualityRatings.every((r) => r.confirmed)).toBe(true);
  });

  it('checks the share rated Good or better against the goal, and reports each organisation’s Excellent cap', async () => {
    const summary = await h.gql<{ qualityRatingSummary: unknown }>(auditor, SUMMARY, { year: 2026 });
    expect(summary.errors).toBeUndefined();
    expect(summary.data!.qualityRatingSummary).toEqual({
      organisations: { rated: 2, goodOrBetter: 1, percent: 50, goalPercent: 90, meetsGoal: false },
      members: { rated: 6, goodOrBetter: 6, percent: 100, meetsGoal: true },
      excellentCap: expect.arrayContaining([
        { subjectKind: 'MEMBER', organisationId: cellA, excellent: 1, allowed: 1, base: 5, withinCap: true },
        { subjectKind: 'ORGANISATION', organisationId: ward, excellent: 0, allowed: 0, base: 1, withinCap: true },
      ]),
    });
  });

  it('never edits a confirmed rating silently: a correction keeps the old value, who, when and why', async () => {
    expect(errorOf(await record(board, { subjectKind: 'MEMBER', subjectId: excellent, score: 70 }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'EVALUATION.RATING_CONFIRMED' });
    // A second Excellent in cell A would break its cap.
    expect(errorOf(await h.gql(board, CORRECT, { input: { ratingId: ratings.good0.id, score: 96, allTasksDone: true, tasksExceededPercent: 50, reason: 'Phúc tra' } }))).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'EVALUATION.EXCELLENT_CAP',
    });
    expect(errorOf(await h.gql(board, CORRECT, { input: { ratingId: ratings.excellent.id, score: 88, allTasksDone: true, tasksExceededPercent: 40, reason: '  ' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['input.reason'],
    });
    expect(await h.sql('select 1 from quality_rating_correction')).toEqual([]);
    const corrected = await h.gql<{ correctQualityRating: RatingNode }>(standing, CORRECT, {
      input: { ratingId: ratings.excellent.id, score: 88, allTasksDone: true, tasksExceededPercent: 40, reason: 'Kết luận của Ban Thường vụ' },
    });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctQualityRating).toMatchObject({ score: 88, level: 'GOOD', confirmed: true });
    expect(corrected.data!.correctQualityRating.corrections).toEqual([
      { fromScore: 95, fromLevel: 'EXCELLENT', toScore: 88, toLevel: 'GOOD', correctedBy: standing.userId, reason: 'Kết luận của Ban Thường vụ' },
    ]);
  });

  it.each<[string, () => Identity, string, string | null]>([
    ['the board sees cell A’s', () => board, 'cellA', 'GOOD'],
    ['an auditor sees cell B’s', () => auditor, 'cellB', 'COMPLETED'],
    ['a cell secretary sees their own cell’s', () => identityOf('CELL_SECRETARY', cellA), 'cellA', 'GOOD'],
    ['a cell secretary may not see another cell’s', () => identityOf('CELL_SECRETARY', cellA), 'cellB', 'FORBIDDEN'],
    ['the committee member supervising cell B sees its', () => committeeCaller, 'cellB', 'COMPLETED'],
    ['a committee member not supervising cell A may not see its', () => identityOf('COMMITTEE_MEMBER', idle), 'cellA', 'FORBIDDEN'],
    ['mass-organisation staff may not see a cell’s', () => identityOf('MASS_ORG_STAFF', youth), 'cellA', 'FORBIDDEN'],
  ])('Organisation.rating: %s', async (_case, caller, unit, expected) => {
    const response = await h.gqlSubgraph<{ _entities: { rating: { level: string } | null }[] }>(caller(), ORG_RATING, { r: [{ __typename: 'Organisation', id: unit === 'cellA' ? cellA : cellB }] });
    if (expected === 'FORBIDDEN') expect(errorOf(response).code).toBe('FORBIDDEN');
    else expect(response.data!._entities[0].rating?.level).toBe(expected);
  });

  it.each<[string, () => Identity, () => string, string | null]>([
    ['the standing committee, any member', () => standing, () => leader, 'GOOD'],
    ['a committee member, their own', () => committeeCaller, () => committee, 'GOOD'],
    ['a committee member, a member of a unit they supervise', () => committeeCaller, () => leader, 'GOOD'],
    ['another committee member, that member', () => identityOf('COMMITTEE_MEMBER', idle), () => leader, 'FORBIDDEN'],
    ['a cell secretary, a member of their cell', () => identityOf('CELL_SECRETARY', cellA), () => excellent, 'GOOD'],
    ['a cell secretary, a member of another cell', () => identityOf('CELL_SECRETARY', cellA), () => leader, 'FORBIDDEN'],
  ])('PartyMember.rating: %s', async (_case, caller, member, expected) => {
    const response = await h.gqlSubgraph<{ _entities: { rating: { level: string } | null }[] }>(caller(), MEMBER_RATING, { r: [{ __typename: 'PartyMember', id: member() }] });
    if (expected === 'FORBIDDEN') expect(errorOf(response).code).toBe('FORBIDDEN');
    else expect(response.data!._entities[0].rating?.level).toBe(expected);
  });

  it.each<[string, () => Identity, string, Record<string, unknown>]>([
    ['a committee member', () => committeeCaller, 'FORBIDDEN', {}],
    ['a cell secretary', () => identityOf('CELL_SECRETARY', cellB), 'FORBIDDEN', {}],
    ['an auditor', () => auditor, 'FORBIDDEN', {}],
    ['a year not begun', () => board, 'EVALUATION.RATING_YEAR', { year: 2027 }],
    ['a score over 100', () => board, 'BAD_USER_INPUT', { score: 100.5 }],
    ['an unknown member', () => board, 'NOT_FOUND', { subjectKind: 'MEMBER', subjectId: randomUUID() }],
  ])('refuses a rating recorded by or with %s, writing nothing', async (_case, caller, expected, values) => {
    const before = await h.sql('select id, score from quality_rating order by id');
    const e = errorOf(await record(caller(), { subjectKind: 'ORGANISATION', subjectId: cellB, score: 65, ...values }));
    expect(e.rule ?? e.code).toBe(expected);
    expect(await h.sql('select id, score from quality_rating order by id')).toEqual(before);
  });

  it('gives a mass organisation’s quota attainment to ward readers and its own staff only', async () => {
    const r = [{ __typename: 'MassOrganisation', id: youth }];
    const own = await h.gqlSubgraph<{ _entities: { quotaAttainment: unknown }[] }>(identityOf('MASS_ORG_STAFF', youth), QUOTA, { r });
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0].quotaAttainment).toEqual({ required: 4, actual: 0, shortfall: 4, met: false, rule: 'EVALUATION.MASS_ORGANISATION_REFERRALS' });
    expect((await h.gqlSubgraph<{ _entities: { quotaAttainment: unknown }[] }>(board, QUOTA, { r })).data!._entities[0].quotaAttainment).toMatchObject({ required: 4 });
    expect(errorOf(await h.gqlSubgraph(identityOf('MASS_ORG_STAFF', randomUUID()), QUOTA, { r })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.gqlSubgraph(identityOf('CELL_SECRETARY', cellA), QUOTA, { r })).code).toBe('FORBIDDEN');
  });
});
