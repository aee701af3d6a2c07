import { AppError } from '@pdv/errors';
import { CANDIDATE_STATUSES, cellClosureOutcome, checkCellReassignment, isCellBound, mentorStaysInCell, type CandidateStatus } from './index';

function ruleOf(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError && error.code === 'RULE_VIOLATION') return error.rule;
    throw error;
  }
  return undefined;
}

const CLOSED = 'cell-x';
const known = new Set(['cell-s', 'cell-t']);
const isActiveCell = (id: string) => known.has(id);

describe('cellClosureOutcome', () => {
  it('moves the candidates of a cell merged into one known active cell', () => {
    expect(cellClosureOutcome({ organisationId: CLOSED, reason: 'MERGED', successorIds: ['cell-s'] }, isActiveCell)).toEqual({
      kind: 'FOLLOW_SUCCESSOR',
      successorId: 'cell-s',
    });
  });

  it.each<[string, 'MERGED' | 'SPLIT' | 'DISSOLVED', string[]]>([
    ['a split, even into known cells', 'SPLIT', ['cell-s', 'cell-t']],
    ['a split naming a single successor', 'SPLIT', ['cell-s']],
    ['a dissolution', 'DISSOLVED', []],
    ['a merge into an organisation that is not a known active cell', 'MERGED', ['cell-unknown']],
    ['a merge naming two successors', 'MERGED', ['cell-s', 'cell-t']],
    ['a merge naming the same successor twice', 'MERGED', ['cell-s', 'cell-s']],
    ['a merge naming no successor', 'MERGED', []],
    ['a merge into itself', 'MERGED', [CLOSED]],
  ])('does not guess for %s', (_label, reason, successorIds) => {
    expect(cellClosureOutcome({ organisationId: CLOSED, reason, successorIds }, (id) => id === CLOSED || isActiveCell(id))).toEqual({
      kind: 'NEEDS_NEW_CELL',
    });
  });
});

describe('isCellBound', () => {
  it('holds for referred and nurtured candidates only', () => {
    const bound = CANDIDATE_STATUSES.filter((status) => isCellBound(status));
    expect(bound).toEqual(['REFERRED', 'IN_SOURCE_POOL', 'IN_TRAINING', 'TRAINED', 'IN_ADMISSION']);
  });
});

describe('checkCellReassignment', () => {
  it.each<[CandidateStatus, string, string | undefined]>([
    ['REFERRED', 'cell-s', undefined],
    ['IN_SOURCE_POOL', 'cell-s', undefined],
    ['IN_ADMISSION', 'cell-s', undefined],
    ['DECLINED', 'cell-s', 'SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY'],
    ['WITHDRAWN', 'cell-s', 'SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY'],
    ['ADMITTED', 'cell-s', 'SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY'],
    ['IN_TRAINING', CLOSED, 'SOURCING.CELL_CHANGE_MUST_CHANGE'],
  ])('%s to %s → %s', (status, to, rule) => {
    expect(ruleOf(() => checkCellReassignment({ status, cellId: CLOSED }, to))).toBe(rule);
  });
});

describe('mentorStaysInCell', () => {
  it('keeps only active members of the new cell', () => {
    expect(mentorStaysInCell({ organisationId: 'cell-s', active: true }, 'cell-s')).toBe(true);
    expect(mentorStaysInCell({ organisationId: CLOSED, active: true }, 'cell-s')).toBe(false);
    expect(mentorStaysInCell({ organisationId: 'cell-s', active: false }, 'cell-s')).toBe(false);
    expect(mentorStaysInCell(null, 'cell-s')).toBe(false);
  });
});
