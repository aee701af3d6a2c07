import { randomUUID } from 'node:crypto';
import { candidateAccepted, quotaSet, referralSubmitted, targetChanged } from '@pdv/contracts';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import { type Harness, registerOrganisation, startHarness } from './support/harness';

const board = identityOf('PARTY_BUILDING_BOARD');
const auditor = identityOf('AUDITOR');

const TARGETS = 'query($year: Int!) { targets(year: $year) { kind year massOrganisationId minimum upper appliesTo rule unit } }';
const PROGRESS = 'query($id: ID!, $period: String!) { progress(organisationId: $id, period: $period) { organisationId period stages { stage entered advanced dropped inStage conversion medianDaysInStage } } }';

interface StageNode {
  stage: string;
  entered: number;
  advanced: number;
  dropped: number;
  inStage: number;
  conversion: number | null;
  medianDaysInStage: number | null;
}

function errorOf(response: GraphQLResponse<unknown>) {
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, rule: error?.extensions?.rule, fields: (error?.extensions?.problems as { field: string }[] | undefined)?.map((p) => p.field) };
}

describe('targets and progress through the gateway', () => {
  let h: Harness;
  const ward = randomUUID();
  const cellA = randomUUID();
  const cellB = randomUUID();
  const youth = randomUUID();

  beforeAll(async () => {
    h = await startHarness('targets and progress', { today: '2026-07-15' });
    await registerOrganisation(h, ward, null, 'WARD_COMMITTEE', 'DU-PHUONG');
    await registerOrganisation(h, cellA, ward, 'GRASSROOTS_CELL', 'CB-A');
    await registerOrganisation(h, cellB, ward, 'GRASSROOTS_CELL', 'CB-B');
    await waitFor(async () => (await h.sql<{ count: string }>('select count(*) as count from org_read_model_closure'))[0].count === '5', { what: 'the tree' });
    await h.publish(quotaSet, youth, { quotaId: randomUUID(), massOrganisationId: youth, year: 2026, target: 12 });
    for (const [candidateId, acceptedOn] of [
      [randomUUID(), '2026-02-23'],
      [randomUUID(), '2026-03-13'],
      [randomUUID(), null],
    ] as const) {
      await h.publish(referralSubmitted, candidateId, {
        referralId: randomUUID(),
        candidateId,
        massOrganisationId: youth,
        cellId: cellA,
        sourceCategory: 'HIGH_SCHOOL_STUDENT',
        submittedOn: '2026-02-03',
        isRepeatReferral: false,
      });
      if (acceptedOn) await h.publish(candidateAccepted, candidateId, { candidateId, cellId: cellA, acceptedOn });
    }
    await waitFor(
      async () =>
        (await h.sql("select 1 from progress_counter where scope = 'SUBTREE' and period_key = '2026-Q1' and stage = 'ACCEPTED' and measure = 'ENTERED' and value = 2")).length > 0 &&
        (await h.sql('select 1 from evaluation_target')).length === 1,
      { what: 'the referrals, acceptances and quota counted' },
    );
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('reads the plan’s targets for a year with the quota the sourcing service published', async () => {
    const response = await h.gql<{ targets: { kind: string; massOrganisationId: string | null; minimum: number; upper: number | null; rule: string }[] }>(auditor, TARGETS, { year: 2026 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.targets.map((t) => [t.kind, t.massOrganisationId, t.minimum, t.upper, t.rule])).toEqual([
      ['WARD_ADMISSIONS', null, 90, null, 'EVALUATION.WARD_ADMISSIONS'],
      ['WARD_AWARENESS_TRAINED', null, 100, null, 'EVALUATION.WARD_AWARENESS_TRAINED'],
      ['CELL_SENT_TO_TRAINING', null, 5, null, 'EVALUATION.CELL_SENT_TO_TRAINING'],
      ['UNIT_ADMISSIONS', null, 3, 5, 'EVALUATION.UNIT_ADMISSIONS'],
      ['UNIT_ADMISSION_RATE', null, 300, null, 'EVALUATION.UNIT_ADMISSION_RATE'],
      ['MASS_ORGANISATION_REFERRALS', youth, 12, null, 'EVALUATION.MASS_ORGANISATION_REFERRALS'],
    ]);
  });

  it('gives the term totals in the term’s first year, and refuses a year outside the term', async () => {
    const first = await h.gql<{ targets: { kind: string; minimum: number }[] }>(board, TARGETS, { year: 2025 });
    expect(first.data!.targets.filter((t) => t.kind.startsWith('TERM_'))).toEqual([
      { kind: 'TERM_ADMISSIONS', minimum: 540 },
      { kind: 'TERM_AWARENESS_TRAINED', minimum: 600 },
    ].map((t) => expect.objectContaining(t)));
    expect(errorOf(await h.gql(board, TARGETS, { year: 2031 }))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'EVALUATION.TARGET_YEAR_IN_TERM' });
  });

  const SET = 'mutation($input: SetTargetInput!) { setTarget(input: $input) { kind year minimum upper appliesTo } }';
  const countChanges = async () => Number((await h.sql<{ count: string }>('select count(*) as count from evaluation_target_change'))[0].count);

  it('lets the board change a target, keeping the old value, who, when and why, and publishing the fact without the reason', async () => {
    const input = { kind: 'UNIT_ADMISSIONS', year: 2027, minimum: 4, upper: 6, appliesTo: ['GRASSROOTS_CELL'], reason: ' Nghị quyết 05-NQ/ĐU ' };
    const set = await h.gql<{ setTarget: unknown }>(board, SET, { input });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setTarget).toEqual({ kind: 'UNIT_ADMISSIONS', year: 2027, minimum: 4, upper: 6, appliesTo: ['GRASSROOTS_CELL'] });
    const read = await h.gql<{ targets: { kind: string; minimum: number; upper: number | null }[] }>(auditor, TARGETS, { year: 2027 });
    expect(read.data!.targets.find((t) => t.kind === 'UNIT_ADMISSIONS')).toMatchObject({ minimum: 4, upper: 6 });

    await h.gql(board, SET, { input: { ...input, minimum: 5, reason: 'Kết luận BTV' } });
    expect(await h.sql('select "from", "to", changed_by, reason from evaluation_target_change where year = 2027 order by changed_at')).toEqual([
      {
        from: { minimum: 3, upper: 5, appliesTo: ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'] },
        to: { minimum: 4, upper: 6, appliesTo: ['GRASSROOTS_CELL'] },
        changed_by: board.userId,
        reason: 'Nghị quyết 05-NQ/ĐU',
      },
      { from: { minimum: 4, upper: 6, appliesTo: ['GRASSROOTS_CELL'] }, to: { minimum: 5, upper: 6, appliesTo: ['GRASSROOTS_CELL'] }, changed_by: board.userId, reason: 'Kết luận BTV' },
    ]);
    const event = await waitFor(async () => (await h.streamEvents(targetChanged.stream)).find((e) => e.type === 'evaluation.target.changed'), { what: 'the evaluation.target.changed event' });
    expect(event).toMatchObject({ version: 1, actor: { id: board.userId } });
    expect(event.data).toEqual({ kind: 'UNIT_ADMISSIONS', year: 2027, minimum: 4, upper: 6, appliesTo: ['GRASSROOTS_CELL'] });
  });

  it.each<[string, () => ReturnType<typeof identityOf>, Record<string, unknown>, string, string | undefined]>([
    ['a committee member', () => identityOf('COMMITTEE_MEMBER'), {}, 'FORBIDDEN', undefined],
    ['a cell secretary', () => identityOf('CELL_SECRETARY', cellA), {}, 'FORBIDDEN', undefined],
    ['a quota', () => board, { kind: 'MASS_ORGANISATION_REFERRALS', upper: null }, 'RULE_VIOLATION', 'EVALUATION.QUOTA_SET_IN_SOURCING'],
    ['a band upside down', () => board, { minimum: 6, upper: 4 }, 'RULE_VIOLATION', 'EVALUATION.TARGET_VALUE'],
    ['a blank reason', () => board, { reason: '  ' }, 'BAD_USER_INPUT', undefined],
  ])('refuses %s, writing nothing', async (_case, caller, values, code, rule) => {
    const before = await countChanges();
    const input = { kind: 'UNIT_ADMISSIONS', year: 2028, minimum: 4, upper: 6, reason: 'NQ', ...values };
    expect(errorOf(await h.gql(caller(), SET, { input }))).toMatchObject({ code, rule });
    expect(await countChanges()).toBe(before);
  });

  it('reads the ward’s funnel for a quarter from its counters: conversions, median days, the pipeline now', async () => {
    const response = await h.gql<{ progress: { organisationId: string; period: string; stages: StageNode[] } }>(board, PROGRESS, { id: ward, period: '2026-Q1' });
    expect(response.errors).toBeUndefined();
    const { stages } = response.data!.progress;
    expect(stages).toHaveLength(11);
    // 20 and 38 days from referral to acceptance (February has 28 days): a median of 29.
    expect(stages.find((s) => s.stage === 'REFERRED')).toEqual({ stage: 'REFERRED', entered: 3, advanced: 2, dropped: 0, inStage: 1, conversion: 2 / 3, medianDaysInStage: 29 });
    expect(stages.find((s) => s.stage === 'ACCEPTED')).toMatchObject({ entered: 2, inStage: 2, conversion: 0 });
  });

  it.each<[string, () => ReturnType<typeof identityOf> | null, () => string, string | undefined]>([
    ['a cell secretary: their own cell', () => identityOf('CELL_SECRETARY', cellA), () => cellA, undefined],
    ['a cell secretary: not the neighbouring cell', () => identityOf('CELL_SECRETARY', cellB), () => cellA, 'FORBIDDEN'],
    ['a committee member: any unit', () => identityOf('COMMITTEE_MEMBER'), () => cellA, undefined],
    ['the training centre', () => identityOf('TRAINING_CENTRE'), () => ward, 'FORBIDDEN'],
    ['anonymous', () => null, () => ward, 'UNAUTHENTICATED'],
  ])('progress for %s', async (_case, caller, organisationId, code) => {
    expect(errorOf(await h.gql(caller(), PROGRESS, { id: organisationId(), period: '2026' })).code).toBe(code);
  });

  it('names the field of a period that is not one', async () => {
    expect(errorOf(await h.gql(board, PROGRESS, { id: ward, period: '2026-Q5' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['period'] });
  });
});
