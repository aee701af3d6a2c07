import type { AppError } from '@pdv/errors';
import { parseMergeOrganisations, parseOrganisationFilter, parseRegisterOrganisation, parseReviseOrganisation, parseSplitOrganisation } from './organisation.parse';

const WARD = '0b6f3c0e-8e5b-4c55-9f3a-0d6f2a7e1c11';
const CELL = '5a1d3b7e-2c4f-4e8a-b6d9-1f0e2d3c4b5a';
const MEMBER = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

function problemsOf(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (error) {
    return (error as AppError).problems ?? [];
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('organisation input parsing', () => {
  it('generates the new organisation’s id and keeps the reason for the history', () => {
    const { command, note } = parseRegisterOrganisation({
      parentId: WARD,
      kind: 'PARTY_CELL',
      sector: 'SCHOOL',
      code: 'DD.TH.01',
      name: 'Chi bộ Giáo viên',
      validFrom: '2025-07-01',
      reason: '  QĐ 1  ',
    });
    expect(command.organisationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(command).toMatchObject({ parentId: WARD, code: 'DD.TH.01', validFrom: '2025-07-01' });
    expect(note).toBe('QĐ 1');
  });

  it('reports every problem at once', () => {
    expect(
      problemsOf(() =>
        parseRegisterOrganisation({ parentId: 'ward', kind: 'PARTY_CELL', sector: 'SCHOOL', code: 'x'.repeat(41), name: ' ', validFrom: '2025-07-01', reason: '' }),
      ).map((p) => p.field),
    ).toEqual(['input.code', 'input.name', 'input.reason']);
  });

  it('treats omitted revision values as unchanged, and checks given ones', () => {
    const { command } = parseReviseOrganisation({ organisationId: CELL, effectiveDate: '2026-01-01', name: null, code: 'DD.2', reason: 'r' });
    expect(command).toEqual({ organisationId: CELL, effectiveDate: '2026-01-01', name: undefined, code: 'DD.2', sector: undefined, kind: undefined });
    expect(problemsOf(() => parseReviseOrganisation({ organisationId: CELL, effectiveDate: '2026-01-01', name: ' ', reason: 'r' }))).toEqual([
      { field: 'input.name', message: 'must not be empty' },
    ]);
  });

  it('needs exactly one merge target', () => {
    const base = { sourceIds: [CELL], effectiveDate: '2026-01-01', reason: 'r' };
    expect(problemsOf(() => parseMergeOrganisations(base)).map((p) => p.field)).toEqual(['input.targetId']);
    const both = { ...base, targetId: WARD, newTarget: { parentId: WARD, kind: 'PARTY_CELL' as const, sector: 'OTHER' as const, code: 'N', name: 'N' } };
    expect(problemsOf(() => parseMergeOrganisations(both)).map((p) => p.field)).toEqual(['input.targetId']);
    expect(parseMergeOrganisations({ ...base, targetId: WARD }).command.target).toEqual({ existingId: WARD });
  });

  it('resolves split allocations from the new organisations’ codes (case and spaces ignored)', () => {
    const { command } = parseSplitOrganisation({
      sourceId: CELL,
      effectiveDate: '2026-05-01',
      newOrganisations: [
        { parentId: WARD, kind: 'PARTY_CELL', sector: 'OTHER', code: 'DD.A', name: 'A' },
        { parentId: WARD, kind: 'PARTY_CELL', sector: 'OTHER', code: 'DD.B', name: 'B' },
      ],
      memberAllocations: [{ memberId: MEMBER, organisationCode: ' dd.b ' }],
      childAllocations: [],
      reason: 'r',
    });
    const b = command.newOrganisations.find((org) => org.code === 'DD.B')?.organisationId;
    expect(command.memberAllocations).toEqual([{ memberId: MEMBER, organisationId: b }]);
  });

  it('folds the search text and escapes LIKE wildcards; the date defaults to today', () => {
    expect(parseOrganisationFilter({ search: ' Khu Dân Cư 10%_ ' }, '2026-07-15')).toEqual({
      activeOn: '2026-07-15',
      kind: null,
      sector: null,
      parentId: null,
      searchPattern: '%khu dan cu 10\\%\\_%',
    });
    expect(parseOrganisationFilter({ search: '   ' }, '2026-07-15').searchPattern).toBeNull();
  });
});
