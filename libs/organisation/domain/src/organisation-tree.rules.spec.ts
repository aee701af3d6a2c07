import { addDays } from '@pdv/calendar';
import { TODAY, WARD_FORMED, outcomeOf, outline, row, wardVersions } from './organisation.fixtures';
import { DEFAULT_ORGANISATION_POLICY } from './organisation.policy';
import { applyPlan, buildTreeAsOf, versionsOf } from './organisation-tree.query';
import type {
  MergeOrganisationsInput,
  OrganisationContext,
  NewOrganisationInput,
  RegisterOrganisationInput,
  ReviseOrganisationInput,
  SplitOrganisationInput,
} from './organisation-tree.rules';
import {
  assertCellCanVote,
  assertCellForMembers,
  canCellVote,
  planCloseOrganisation,
  planMergeOrganisations,
  planMoveOrganisation,
  planRegisterOrganisation,
  planReviseOrganisation,
  planSplitOrganisation,
} from './organisation-tree.rules';
import type { MemberPlacement } from './organisation.types';

const ctx: OrganisationContext = { versions: wardVersions(), today: TODAY };
const TOMORROW = addDays(TODAY, 1);
const YESTERDAY = addDays(TODAY, -1);

function newOrg(overrides: Partial<NewOrganisationInput> = {}): NewOrganisationInput {
  return { organisationId: 'new', parentId: 'ward', kind: 'PARTY_CELL', sector: 'RESIDENTIAL_AREA', code: 'DD.KDC03', name: 'Chi bộ Khu dân cư số 3', ...overrides };
}

function placements(...pairs: [string, string][]): MemberPlacement[] {
  return pairs.map(([memberId, organisationId]) => ({ memberId, organisationId }));
}

describe('planRegisterOrganisation', () => {
  const register = (overrides: Partial<RegisterOrganisationInput> = {}, context = ctx) =>
    planRegisterOrganisation({ ...newOrg(), validFrom: TODAY, ...overrides }, context);

  it('opens one row from the effective date (worked example: a new residential-area cell)', () => {
    expect(register()).toEqual({
      close: [],
      open: [{ ...newOrg(), validFrom: TODAY, validTo: null }],
      memberMoves: [],
      closed: [],
    });
  });

  it.each<[string, Partial<RegisterOrganisationInput>, string]>([
    ['a party cell under a grassroots committee', { parentId: 'hospital', sector: 'PUBLIC_SERVICE', code: 'DD.BV.03' }, 'OK'],
    ['a grassroots cell under the ward', { kind: 'GRASSROOTS_CELL' }, 'OK'],
    ['a grassroots committee under the ward', { kind: 'GRASSROOTS_COMMITTEE' }, 'OK'],
    ['a back-dated registration', { validFrom: WARD_FORMED }, 'OK'],
    ['the code of an organisation closed before the date', { code: 'DD.OLD' }, 'OK'],
    ['a grassroots cell under a grassroots committee', { kind: 'GRASSROOTS_CELL', parentId: 'hospital' }, 'ORG.PARENT_KIND'],
    ['a grassroots committee under a grassroots committee', { kind: 'GRASSROOTS_COMMITTEE', parentId: 'hospital' }, 'ORG.PARENT_KIND'],
    ['a party cell under a cell', { parentId: 'hospital-1' }, 'ORG.PARENT_KIND'],
    ['a party cell with no parent', { parentId: null }, 'ORG.PARENT_KIND'],
    ['a second root under the ward', { kind: 'WARD_COMMITTEE' }, 'ORG.PARENT_KIND'],
    ['a parent that does not exist', { parentId: 'nowhere' }, 'ORG.ORGANISATION_ACTIVE'],
    ['a closed parent', { parentId: 'old', kind: 'PARTY_CELL' }, 'ORG.ORGANISATION_ACTIVE'],
    ['a date before the parent existed', { validFrom: '2025-06-30' }, 'ORG.ORGANISATION_ACTIVE'],
    ['a date in the future (policy: 0 days)', { validFrom: TOMORROW }, 'ORG.EFFECTIVE_DATE_WINDOW'],
    ['a code in use', { code: 'DD.KDC01' }, 'CONFLICT'],
    ['a code in use, written differently', { code: ' dd.kdc01 ' }, 'CONFLICT'],
    ['an id in use', { organisationId: 'res-1' }, 'CONFLICT'],
    ['an empty name', { name: '  ' }, 'BAD_USER_INPUT'],
    ['an unknown kind', { kind: 'CELL' as never }, 'BAD_USER_INPUT'],
    ['a malformed date', { validFrom: '15/09/2025' }, 'BAD_USER_INPUT'],
  ])('%s → %s', (_case, overrides, expected) => {
    expect(outcomeOf(() => register(overrides))).toBe(expected);
  });

  it('allows future dates when the policy does', () => {
    const policy = { ...DEFAULT_ORGANISATION_POLICY, maxFutureDays: 30 };
    expect(outcomeOf(() => register({ validFrom: addDays(TODAY, 30) }, { ...ctx, policy }))).toBe('OK');
    expect(outcomeOf(() => register({ validFrom: addDays(TODAY, 31) }, { ...ctx, policy }))).toBe('ORG.EFFECTIVE_DATE_WINDOW');
  });

  it('registers the ward committee itself as the root', () => {
    const plan = planRegisterOrganisation(
      { organisationId: 'ward', parentId: null, kind: 'WARD_COMMITTEE', sector: 'ADMINISTRATIVE', code: 'DD', name: 'Đảng bộ phường Đống Đa', validFrom: WARD_FORMED },
      { versions: [], today: WARD_FORMED },
    );
    expect(plan.open).toHaveLength(1);
  });

  it('names the rule and says what to do, without personal data', () => {
    expect(() => register({ parentId: 'hospital-1' })).toThrow(
      expect.objectContaining({ code: 'RULE_VIOLATION', rule: 'ORG.PARENT_KIND', message: expect.stringContaining('a party cell, which cannot sit under a party cell') }),
    );
  });
});

describe('planReviseOrganisation', () => {
  const revise = (input: Partial<ReviseOrganisationInput>, memberPlacements: MemberPlacement[] = []) =>
    planReviseOrganisation({ organisationId: 'res-2', effectiveDate: TODAY, ...input }, { ...ctx, memberPlacements });

  it('closes the current row on the effective date and opens the revised one (worked example: a rename)', () => {
    const plan = revise({ name: 'Chi bộ Tổ dân phố số 2' });
    expect(plan.close).toEqual([{ organisationId: 'res-2', validFrom: WARD_FORMED, validTo: TODAY }]);
    expect(plan.open).toEqual([{ ...row('res-2', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'DD.KDC02'), name: 'Chi bộ Tổ dân phố số 2', validFrom: TODAY }]);
    const after = applyPlan(ctx.versions, plan);
    expect(versionsOf(after, 'res-2').map((v) => v.name)).toEqual(['Tổ chức DD.KDC02', 'Chi bộ Tổ dân phố số 2']);
  });

  it('supersedes the current row when the change takes effect the day it began', () => {
    const plan = revise({ code: 'DD.TDP02', effectiveDate: WARD_FORMED });
    expect(plan.close).toEqual([{ organisationId: 'res-2', validFrom: WARD_FORMED, validTo: WARD_FORMED }]);
    expect(buildTreeAsOf(applyPlan(ctx.versions, plan), 'res-2', WARD_FORMED)?.code).toBe('DD.TDP02');
  });

  it.each<[string, Partial<ReviseOrganisationInput>, MemberPlacement[], string]>([
    ['a new code', { code: 'DD.TDP02' }, [], 'OK'],
    ['a new sector', { sector: 'OTHER' }, [], 'OK'],
    ['an empty cell becoming a grassroots committee', { organisationId: 'company', kind: 'GRASSROOTS_COMMITTEE' }, [], 'OK'],
    ['a cell with members staying a cell', { kind: 'GRASSROOTS_CELL', organisationId: 'company' }, placements(['m1', 'company']), 'ORG.CHANGE_MUST_CHANGE_SOMETHING'],
    ['the current values', { name: 'Tổ chức DD.KDC02', code: 'DD.KDC02' }, [], 'ORG.CHANGE_MUST_CHANGE_SOMETHING'],
    ['a cell with members becoming a committee', { organisationId: 'company', kind: 'GRASSROOTS_COMMITTEE' }, placements(['m1', 'company']), 'ORG.MEMBERS_ONLY_IN_CELLS'],
    ['a party cell under a committee becoming a grassroots cell', { organisationId: 'hospital-1', kind: 'GRASSROOTS_CELL' }, [], 'ORG.PARENT_KIND'],
    ['a committee with party cells becoming a cell', { organisationId: 'hospital', kind: 'GRASSROOTS_CELL' }, [], 'ORG.PARENT_KIND'],
    ['a closed organisation', { organisationId: 'old', name: 'x' }, [], 'ORG.CLOSED_IS_FINAL'],
    ['a date before the current row', { effectiveDate: '2025-06-30', name: 'x' }, [], 'ORG.EFFECTIVE_DATE_WINDOW'],
    ['a date in the future', { effectiveDate: TOMORROW, name: 'x' }, [], 'ORG.EFFECTIVE_DATE_WINDOW'],
    ['a code another organisation uses', { code: 'DD.KDC01' }, [], 'CONFLICT'],
    ['an unknown organisation', { organisationId: 'nowhere', name: 'x' }, [], 'NOT_FOUND'],
    ['an empty code', { code: '' }, [], 'BAD_USER_INPUT'],
  ])('%s → %s', (_case, input, memberPlacements, expected) => {
    expect(outcomeOf(() => revise(input, memberPlacements))).toBe(expected);
  });
});

describe('planMoveOrganisation', () => {
  const move = (organisationId: string, parentId: string, effectiveDate = TODAY) =>
    planMoveOrganisation({ organisationId, parentId, effectiveDate }, ctx);

  it.each([
    ['a party cell from a committee to the ward', 'school-1', 'ward', 'OK'],
    ['a party cell from one committee to another', 'hospital-2', 'school', 'OK'],
    ['a residential cell under a committee', 'res-1', 'hospital', 'OK'],
    ['to the current parent', 'hospital-1', 'hospital', 'ORG.CHANGE_MUST_CHANGE_SOMETHING'],
    ['under itself', 'hospital', 'hospital', 'ORG.NO_CYCLE'],
    ['under its own party cell', 'hospital', 'hospital-1', 'ORG.NO_CYCLE'],
    ['the ward under one of its committees', 'ward', 'hospital', 'ORG.NO_CYCLE'],
    ['a grassroots cell under a committee', 'agencies', 'hospital', 'ORG.PARENT_KIND'],
    ['a committee under another committee', 'school', 'hospital', 'ORG.PARENT_KIND'],
    ['under a closed organisation', 'res-1', 'old', 'ORG.ORGANISATION_ACTIVE'],
    ['a closed organisation', 'old', 'hospital', 'ORG.CLOSED_IS_FINAL'],
  ])('%s (%s → %s) → %s', (_case, organisationId, parentId, expected) => {
    expect(outcomeOf(() => move(organisationId, parentId))).toBe(expected);
  });

  it.each([
    ['2025-06-30', 'ORG.EFFECTIVE_DATE_WINDOW'],
    [TOMORROW, 'ORG.EFFECTIVE_DATE_WINDOW'],
    [WARD_FORMED, 'OK'],
  ])('effective %s → %s', (date, expected) => {
    expect(outcomeOf(() => move('school-1', 'ward', date))).toBe(expected);
  });

  it('changes the tree from the effective date, not the day before (worked example)', () => {
    const after = applyPlan(ctx.versions, move('hospital-2', 'school'));
    expect(outline(buildTreeAsOf(after, 'ward', YESTERDAY))).toContain('DD.BV(DD.BV.01,DD.BV.02)');
    expect(outline(buildTreeAsOf(after, 'ward', YESTERDAY))).toContain('DD.THPT(DD.THPT.01)');
    expect(outline(buildTreeAsOf(after, 'ward', TODAY))).toContain('DD.BV(DD.BV.01)');
    expect(outline(buildTreeAsOf(after, 'ward', TODAY))).toContain('DD.THPT(DD.BV.02,DD.THPT.01)');
  });
});

describe('planCloseOrganisation', () => {
  const close = (organisationId: string, memberPlacements: MemberPlacement[] = [], effectiveDate = TODAY) =>
    planCloseOrganisation({ organisationId, effectiveDate }, { ...ctx, memberPlacements });

  it('closes the open row and reports the dissolution (worked example)', () => {
    expect(close('company')).toEqual({
      close: [{ organisationId: 'company', validFrom: WARD_FORMED, validTo: TODAY }],
      open: [],
      memberMoves: [],
      closed: [{ organisationId: 'company', effectiveDate: TODAY, reason: 'DISSOLVED', successorIds: [] }],
    });
  });

  it.each<[string, string, MemberPlacement[], string]>([
    ['an empty cell', 'company', [], 'OK'],
    ['a cell whose members are elsewhere', 'company', placements(['m1', 'res-1']), 'OK'],
    ['a cell with members', 'res-1', placements(['m1', 'res-1']), 'ORG.CLOSE_REQUIRES_EMPTY'],
    ['a committee with party cells', 'hospital', [], 'ORG.CLOSE_REQUIRES_EMPTY'],
    ['an organisation already closed', 'old', [], 'ORG.CLOSED_IS_FINAL'],
    ['an unknown organisation', 'nowhere', [], 'NOT_FOUND'],
  ])('%s → %s', (_case, organisationId, memberPlacements, expected) => {
    expect(outcomeOf(() => close(organisationId, memberPlacements))).toBe(expected);
  });

  it('refuses a future date', () => {
    expect(outcomeOf(() => close('company', [], TOMORROW))).toBe('ORG.EFFECTIVE_DATE_WINDOW');
  });
});

describe('planMergeOrganisations', () => {
  const merged = newOrg({ organisationId: 'res-12', code: 'DD.KDC12', name: 'Chi bộ Khu dân cư số 1-2' });
  const merge = (input: Partial<MergeOrganisationsInput>, memberPlacements: MemberPlacement[] = []) =>
    planMergeOrganisations({ effectiveDate: TODAY, sourceIds: ['res-1', 'res-2'], target: { create: merged }, ...input }, { ...ctx, memberPlacements });
  const members = placements(['m1', 'res-1'], ['m2', 'res-2'], ['m3', 'res-2'], ['m4', 'agencies']);

  it('closes the sources, opens the target and re-places every member of the sources (worked example)', () => {
    const plan = merge({}, members);
    expect(plan.close).toEqual([
      { organisationId: 'res-1', validFrom: WARD_FORMED, validTo: TODAY },
      { organisationId: 'res-2', validFrom: WARD_FORMED, validTo: TODAY },
    ]);
    expect(plan.open).toEqual([{ ...merged, validFrom: TODAY, validTo: null }]);
    expect(plan.memberMoves).toEqual([
      { memberId: 'm1', fromOrganisationId: 'res-1', toOrganisationId: 'res-12', effectiveDate: TODAY },
      { memberId: 'm2', fromOrganisationId: 'res-2', toOrganisationId: 'res-12', effectiveDate: TODAY },
      { memberId: 'm3', fromOrganisationId: 'res-2', toOrganisationId: 'res-12', effectiveDate: TODAY },
    ]);
    expect(plan.closed.map((c) => [c.organisationId, c.reason, c.successorIds])).toEqual([
      ['res-1', 'MERGED', ['res-12']],
      ['res-2', 'MERGED', ['res-12']],
    ]);

    const after = applyPlan(ctx.versions, plan);
    expect(outline(buildTreeAsOf(after, 'ward', YESTERDAY))).toBe('DD(DD.BV(DD.BV.01,DD.BV.02),DD.CQ,DD.CTY,DD.KDC01,DD.KDC02,DD.THPT(DD.THPT.01))');
    expect(outline(buildTreeAsOf(after, 'ward', TODAY))).toBe('DD(DD.BV(DD.BV.01,DD.BV.02),DD.CQ,DD.CTY,DD.KDC12,DD.THPT(DD.THPT.01))');
  });

  it('moves the party cells of merged committees under the new committee (worked example)', () => {
    const plan = merge(
      {
        sourceIds: ['hospital', 'school'],
        target: { create: newOrg({ organisationId: 'health-edu', kind: 'GRASSROOTS_COMMITTEE', sector: 'PUBLIC_SERVICE', code: 'DD.YTGD', name: 'Đảng bộ Y tế - Giáo dục' }) },
      },
      members,
    );
    expect(plan.memberMoves).toEqual([]);
    const after = applyPlan(ctx.versions, plan);
    expect(outline(buildTreeAsOf(after, 'ward', YESTERDAY))).toContain('DD.BV(DD.BV.01,DD.BV.02)');
    expect(outline(buildTreeAsOf(after, 'ward', TODAY))).toBe('DD(DD.CQ,DD.CTY,DD.KDC01,DD.KDC02,DD.YTGD(DD.BV.01,DD.BV.02,DD.THPT.01))');
  });

  it('merges into an existing organisation, which keeps its row', () => {
    const plan = merge({ sourceIds: ['hospital-2'], target: { existingId: 'hospital-1' } }, placements(['m5', 'hospital-2']));
    expect(plan.open).toEqual([]);
    expect(plan.close).toEqual([{ organisationId: 'hospital-2', validFrom: WARD_FORMED, validTo: TODAY }]);
    expect(plan.memberMoves).toEqual([{ memberId: 'm5', fromOrganisationId: 'hospital-2', toOrganisationId: 'hospital-1', effectiveDate: TODAY }]);
  });

  it.each<[string, Partial<MergeOrganisationsInput>, string]>([
    ['the new target reusing a source’s code', { target: { create: { ...merged, code: 'DD.KDC01' } } }, 'OK'],
    ['three sources', { sourceIds: ['res-1', 'res-2', 'hospital-1'] }, 'OK'],
    ['three sources, one of another kind', { sourceIds: ['res-1', 'res-2', 'company'] }, 'ORG.MERGE_SAME_KIND'],
    ['one source into a new organisation', { sourceIds: ['res-1'] }, 'ORG.MERGE_COMPOSITION'],
    ['no source', { sourceIds: [], target: { existingId: 'res-1' } }, 'ORG.MERGE_COMPOSITION'],
    ['a source listed twice', { sourceIds: ['res-1', 'res-1'] }, 'ORG.MERGE_COMPOSITION'],
    ['a target among the sources', { target: { existingId: 'res-1' } }, 'ORG.MERGE_COMPOSITION'],
    ['cells with members into a committee', { target: { create: { ...merged, kind: 'GRASSROOTS_COMMITTEE' } } }, 'ORG.MERGE_SAME_KIND'],
    ['committees with party cells into a grassroots cell', { sourceIds: ['hospital', 'school'], target: { create: { ...merged, kind: 'GRASSROOTS_CELL' } } }, 'ORG.MERGE_SAME_KIND'],
    ['a committee into its own party cell', { sourceIds: ['hospital'], target: { existingId: 'hospital-1' } }, 'ORG.NO_CYCLE'],
    ['into a closed organisation', { target: { existingId: 'old' } }, 'ORG.ORGANISATION_ACTIVE'],
    ['a new target under a source', { sourceIds: ['hospital', 'school'], target: { create: { ...merged, parentId: 'hospital' } } }, 'ORG.ORGANISATION_ACTIVE'],
    ['a closed source', { sourceIds: ['res-1', 'old'] }, 'ORG.CLOSED_IS_FINAL'],
    ['a future date', { effectiveDate: TOMORROW }, 'ORG.EFFECTIVE_DATE_WINDOW'],
    ['a date before a source began', { effectiveDate: '2025-06-30' }, 'ORG.EFFECTIVE_DATE_WINDOW'],
    ['a new target with a code in use', { target: { create: { ...merged, code: 'DD.CQ' } } }, 'CONFLICT'],
    ['a new target with an id in use', { target: { create: { ...merged, organisationId: 'company' } } }, 'CONFLICT'],
    ['an unknown source', { sourceIds: ['res-1', 'nowhere'] }, 'NOT_FOUND'],
  ])('%s → %s', (_case, input, expected) => {
    expect(outcomeOf(() => merge(input, members))).toBe(expected);
  });

  describe('only organisations of the same kind merge', () => {
    // The ward plus an empty grassroots committee (DD.PK), so that a merge is refused for its kinds alone.
    const versions = [...wardVersions(), row('clinic', 'ward', 'GRASSROOTS_COMMITTEE', 'PUBLIC_SERVICE', 'DD.PK')];
    const create = (kind: NewOrganisationInput['kind']) => ({ create: { ...merged, kind } });
    const mergeKinds = (sourceIds: string[], target: MergeOrganisationsInput['target']) =>
      planMergeOrganisations({ effectiveDate: TODAY, sourceIds, target }, { versions, today: TODAY, memberPlacements: [] });

    it.each<[string, string, string[], MergeOrganisationsInput['target']]>([
      ['an empty grassroots committee into an existing party cell', 'ORG.MERGE_SAME_KIND', ['clinic'], { existingId: 'res-1' }],
      ['an empty grassroots committee and a party cell into a new party cell', 'ORG.MERGE_SAME_KIND', ['clinic', 'res-1'], create('PARTY_CELL')],
      ['a party cell into an existing empty grassroots committee', 'ORG.MERGE_SAME_KIND', ['res-1'], { existingId: 'clinic' }],
      ['party cells into a new grassroots committee', 'ORG.MERGE_SAME_KIND', ['res-1', 'res-2'], create('GRASSROOTS_COMMITTEE')],
      ['a grassroots cell into an existing party cell', 'ORG.MERGE_SAME_KIND', ['company'], { existingId: 'res-1' }],
      ['a party cell into an existing grassroots cell', 'ORG.MERGE_SAME_KIND', ['res-1'], { existingId: 'company' }],
      ['grassroots cells into a new party cell', 'ORG.MERGE_SAME_KIND', ['company', 'agencies'], create('PARTY_CELL')],
      ['party cells into a new grassroots cell', 'ORG.MERGE_SAME_KIND', ['res-1', 'res-2'], create('GRASSROOTS_CELL')],
      ['party cells into an existing party cell', 'OK', ['res-2', 'hospital-2'], { existingId: 'res-1' }],
      ['party cells into a new party cell', 'OK', ['res-1', 'res-2'], create('PARTY_CELL')],
      ['a grassroots cell into an existing grassroots cell', 'OK', ['company'], { existingId: 'agencies' }],
      ['grassroots cells into a new grassroots cell', 'OK', ['company', 'agencies'], create('GRASSROOTS_CELL')],
      ['grassroots committees into an existing grassroots committee', 'OK', ['clinic', 'school'], { existingId: 'hospital' }],
      ['grassroots committees into a new grassroots committee', 'OK', ['clinic', 'hospital'], create('GRASSROOTS_COMMITTEE')],
    ])('%s → %s', (_case, expected, sourceIds, target) => {
      expect(outcomeOf(() => mergeKinds(sourceIds, target))).toBe(expected);
    });

    it('names the kinds and the organisations, never a person', () => {
      let message = '';
      try {
        mergeKinds(['clinic'], { existingId: 'res-1' });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('DD.PK is a grassroots committee');
      expect(message).toContain('the merge target is a party cell');
    });

    // Same-kind merges keep members in cells and subordinates under fitting parents; these
    // guards remain for histories that already break those rules.
    const intoHospital = (history: typeof versions, memberPlacements: MemberPlacement[]) =>
      planMergeOrganisations({ effectiveDate: TODAY, sourceIds: ['clinic'], target: { existingId: 'hospital' } }, { versions: history, today: TODAY, memberPlacements });

    it('still refuses to move members wrongly placed in a committee into a committee', () => {
      expect(outcomeOf(() => intoHospital(versions, placements(['m1', 'clinic'])))).toBe('ORG.MEMBERS_ONLY_IN_CELLS');
    });

    it('still refuses to re-parent a subordinate of a wrong kind', () => {
      const odd = [...versions, row('odd', 'clinic', 'GRASSROOTS_CELL', 'OTHER', 'DD.PK.X')];
      expect(outcomeOf(() => intoHospital(odd, []))).toBe('ORG.PARENT_KIND');
    });
  });
});

describe('planSplitOrganisation', () => {
  const left = newOrg({ organisationId: 'res-1a', code: 'DD.KDC01A', name: 'Chi bộ Khu dân cư số 1A' });
  const right = newOrg({ organisationId: 'res-1b', code: 'DD.KDC01B', name: 'Chi bộ Khu dân cư số 1B' });
  const inRes1 = placements(['m1', 'res-1'], ['m2', 'res-1'], ['m3', 'res-1'], ['m9', 'res-2']);
  const split = (input: Partial<SplitOrganisationInput>, memberPlacements: MemberPlacement[] = inRes1) =>
    planSplitOrganisation(
      {
        effectiveDate: TODAY,
        sourceId: 'res-1',
        newOrganisations: [left, right],
        memberAllocations: [
          { memberId: 'm1', organisationId: 'res-1a' },
          { memberId: 'm2', organisationId: 'res-1b' },
          { memberId: 'm3', organisationId: 'res-1b' },
        ],
        childAllocations: [],
        ...input,
      },
      { ...ctx, memberPlacements },
    );

  it('closes the source, opens the new cells and moves each member as allocated (worked example)', () => {
    const plan = split({});
    expect(plan.close).toEqual([{ organisationId: 'res-1', validFrom: WARD_FORMED, validTo: TODAY }]);
    expect(plan.open.map((v) => [v.organisationId, v.code, v.validFrom])).toEqual([
      ['res-1a', 'DD.KDC01A', TODAY],
      ['res-1b', 'DD.KDC01B', TODAY],
    ]);
    expect(plan.memberMoves.map((m) => [m.memberId, m.toOrganisationId])).toEqual([
      ['m1', 'res-1a'],
      ['m2', 'res-1b'],
      ['m3', 'res-1b'],
    ]);
    expect(plan.closed).toEqual([{ organisationId: 'res-1', effectiveDate: TODAY, reason: 'SPLIT', successorIds: ['res-1a', 'res-1b'] }]);
    const after = applyPlan(ctx.versions, plan);
    expect(outline(buildTreeAsOf(after, 'ward', YESTERDAY))).toContain('DD.CTY,DD.KDC01,DD.KDC02,');
    expect(outline(buildTreeAsOf(after, 'ward', TODAY))).toContain('DD.CTY,DD.KDC01A,DD.KDC01B,DD.KDC02,');
  });

  it('splits a committee, allocating each party cell (worked example)', () => {
    const plan = split(
      {
        sourceId: 'hospital',
        newOrganisations: [
          newOrg({ organisationId: 'clinic', kind: 'GRASSROOTS_COMMITTEE', sector: 'PUBLIC_SERVICE', code: 'DD.PK', name: 'Đảng bộ Phòng khám' }),
          newOrg({ organisationId: 'centre', kind: 'GRASSROOTS_COMMITTEE', sector: 'PUBLIC_SERVICE', code: 'DD.TTYT', name: 'Đảng bộ Trung tâm Y tế' }),
        ],
        memberAllocations: [],
        childAllocations: [
          { organisationId: 'hospital-1', parentId: 'clinic' },
          { organisationId: 'hospital-2', parentId: 'centre' },
        ],
      },
      [],
    );
    const after = applyPlan(ctx.versions, plan);
    expect(outline(buildTreeAsOf(after, 'ward', YESTERDAY))).toBe('DD(DD.BV(DD.BV.01,DD.BV.02),DD.CQ,DD.CTY,DD.KDC01,DD.KDC02,DD.THPT(DD.THPT.01))');
    expect(outline(buildTreeAsOf(after, 'ward', TODAY))).toBe('DD(DD.CQ,DD.CTY,DD.KDC01,DD.KDC02,DD.PK(DD.BV.01),DD.THPT(DD.THPT.01),DD.TTYT(DD.BV.02))');
  });

  it.each<[string, Partial<SplitOrganisationInput>, string]>([
    ['a new cell reusing the source’s code', { newOrganisations: [{ ...left, code: 'DD.KDC01' }, right] }, 'OK'],
    ['one new organisation', { newOrganisations: [left], memberAllocations: [] }, 'ORG.SPLIT_COMPOSITION'],
    ['the same new id twice', { newOrganisations: [left, { ...right, organisationId: 'res-1a' }] }, 'ORG.SPLIT_COMPOSITION'],
    ['a member left unallocated', { memberAllocations: [{ memberId: 'm1', organisationId: 'res-1a' }, { memberId: 'm2', organisationId: 'res-1b' }] }, 'ORG.SPLIT_ALLOCATION'],
    [
      'a member allocated twice',
      {
        memberAllocations: [
          { memberId: 'm1', organisationId: 'res-1a' },
          { memberId: 'm1', organisationId: 'res-1b' },
          { memberId: 'm2', organisationId: 'res-1b' },
          { memberId: 'm3', organisationId: 'res-1b' },
        ],
      },
      'ORG.SPLIT_ALLOCATION',
    ],
    [
      'a member of another cell allocated',
      {
        memberAllocations: [
          { memberId: 'm1', organisationId: 'res-1a' },
          { memberId: 'm2', organisationId: 'res-1b' },
          { memberId: 'm3', organisationId: 'res-1b' },
          { memberId: 'm9', organisationId: 'res-1b' },
        ],
      },
      'ORG.SPLIT_ALLOCATION',
    ],
    [
      'a member allocated outside the new cells',
      {
        memberAllocations: [
          { memberId: 'm1', organisationId: 'res-2' },
          { memberId: 'm2', organisationId: 'res-1b' },
          { memberId: 'm3', organisationId: 'res-1b' },
        ],
      },
      'ORG.SPLIT_ALLOCATION',
    ],
    ['members to a committee', { newOrganisations: [{ ...left, kind: 'GRASSROOTS_COMMITTEE' }, right] }, 'ORG.MEMBERS_ONLY_IN_CELLS'],
    ['a new cell under the source', { newOrganisations: [{ ...left, parentId: 'res-1' }, right] }, 'ORG.ORGANISATION_ACTIVE'],
    ['a new cell under a cell', { newOrganisations: [{ ...left, parentId: 'res-2' }, right] }, 'ORG.PARENT_KIND'],
    ['a closed source', { sourceId: 'old' }, 'ORG.CLOSED_IS_FINAL'],
    ['a future date', { effectiveDate: TOMORROW }, 'ORG.EFFECTIVE_DATE_WINDOW'],
    ['a new code in use', { newOrganisations: [left, { ...right, code: 'DD.KDC02' }] }, 'CONFLICT'],
    ['two new cells with one code', { newOrganisations: [left, { ...right, code: 'DD.KDC01A' }] }, 'CONFLICT'],
    ['a new id in use', { newOrganisations: [left, { ...right, organisationId: 'res-2' }] }, 'CONFLICT'],
  ])('%s → %s', (_case, input, expected) => {
    expect(outcomeOf(() => split(input))).toBe(expected);
  });

  const committeeSplit = (childAllocations: SplitOrganisationInput['childAllocations'], kind: 'GRASSROOTS_COMMITTEE' | 'GRASSROOTS_CELL' = 'GRASSROOTS_COMMITTEE') =>
    split(
      {
        sourceId: 'hospital',
        newOrganisations: [
          newOrg({ organisationId: 'clinic', kind, sector: 'PUBLIC_SERVICE', code: 'DD.PK' }),
          newOrg({ organisationId: 'centre', kind: 'GRASSROOTS_COMMITTEE', sector: 'PUBLIC_SERVICE', code: 'DD.TTYT' }),
        ],
        memberAllocations: [],
        childAllocations,
      },
      [],
    );

  it.each<[string, SplitOrganisationInput['childAllocations'], 'GRASSROOTS_COMMITTEE' | 'GRASSROOTS_CELL', string]>([
    ['every party cell allocated', [{ organisationId: 'hospital-1', parentId: 'clinic' }, { organisationId: 'hospital-2', parentId: 'clinic' }], 'GRASSROOTS_COMMITTEE', 'OK'],
    ['a party cell left unallocated', [{ organisationId: 'hospital-1', parentId: 'clinic' }], 'GRASSROOTS_COMMITTEE', 'ORG.SPLIT_ALLOCATION'],
    [
      'a party cell allocated twice',
      [
        { organisationId: 'hospital-1', parentId: 'clinic' },
        { organisationId: 'hospital-1', parentId: 'centre' },
        { organisationId: 'hospital-2', parentId: 'centre' },
      ],
      'GRASSROOTS_COMMITTEE',
      'ORG.SPLIT_ALLOCATION',
    ],
    [
      'another organisation allocated',
      [
        { organisationId: 'hospital-1', parentId: 'clinic' },
        { organisationId: 'hospital-2', parentId: 'centre' },
        { organisationId: 'school-1', parentId: 'centre' },
      ],
      'GRASSROOTS_COMMITTEE',
      'ORG.SPLIT_ALLOCATION',
    ],
    ['a party cell under an old parent', [{ organisationId: 'hospital-1', parentId: 'school' }, { organisationId: 'hospital-2', parentId: 'centre' }], 'GRASSROOTS_COMMITTEE', 'ORG.SPLIT_ALLOCATION'],
    ['a party cell under a new grassroots cell', [{ organisationId: 'hospital-1', parentId: 'clinic' }, { organisationId: 'hospital-2', parentId: 'centre' }], 'GRASSROOTS_CELL', 'ORG.PARENT_KIND'],
  ])('committee split: %s → %s', (_case, childAllocations, kind, expected) => {
    expect(outcomeOf(() => committeeSplit(childAllocations, kind))).toBe(expected);
  });
});

describe('history guards for back-dated changes', () => {
  it('refuses to close a parent before a child row that begins later', () => {
    const versions = [
      ...wardVersions(),
      row('late', 'hospital', 'PARTY_CELL', 'PUBLIC_SERVICE', 'DD.BV.09', '2025-09-01'),
    ];
    const outcome = outcomeOf(() =>
      planMergeOrganisations(
        { effectiveDate: '2025-08-15', sourceIds: ['hospital', 'school'], target: { create: newOrg({ kind: 'GRASSROOTS_COMMITTEE', code: 'DD.X' }) } },
        { versions, today: TODAY, memberPlacements: [] },
      ),
    );
    expect(outcome).toBe('ORG.EFFECTIVE_DATE_WINDOW');
  });
});

describe('cells', () => {
  it.each([
    [0, false],
    [2, false],
    [3, true],
    [40, true],
  ])('canCellVote(%i) = %p', (officialCount, expected) => {
    expect(canCellVote(officialCount)).toBe(expected);
    expect(outcomeOf(() => assertCellCanVote(officialCount))).toBe(expected ? 'OK' : 'ORG.CELL_VOTING_QUORUM');
  });

  it('reads the minimum from the policy', () => {
    expect(canCellVote(3, { ...DEFAULT_ORGANISATION_POLICY, minOfficialMembersToVote: 5 })).toBe(false);
  });

  it.each([
    ['res-1', TODAY, 'OK'],
    ['hospital-1', TODAY, 'OK'],
    ['agencies', TODAY, 'OK'],
    ['hospital', TODAY, 'ORG.MEMBERS_ONLY_IN_CELLS'],
    ['ward', TODAY, 'ORG.MEMBERS_ONLY_IN_CELLS'],
    ['old', TODAY, 'ORG.ORGANISATION_ACTIVE'],
    ['old', '2025-07-15', 'OK'], // history: it was active then
    ['res-1', '2025-06-30', 'ORG.ORGANISATION_ACTIVE'],
    ['nowhere', TODAY, 'ORG.ORGANISATION_ACTIVE'],
  ])('a member placed in %s on %s → %s', (organisationId, date, expected) => {
    expect(outcomeOf(() => assertCellForMembers(ctx.versions, organisationId, date))).toBe(expected);
  });
});
