import { isAppError } from '@pdv/errors';
import type { RecordCellResolutionInput } from './cell-resolution.input';
import { parseRecordCellResolution } from './cell-resolution.parse';

const [a, b] = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
const input: RecordCellResolutionInput = { dossierId: '00000000-0000-4000-8000-000000000001', meetingDate: '2026-07-15', presentMemberIds: [a, b], inFavour: 2 };

function fieldsOf(values: Partial<RecordCellResolutionInput>): string[] {
  try {
    parseRecordCellResolution({ ...input, ...values });
    return [];
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (error.problems ?? []).map((problem) => problem.field);
  }
}

describe('parseRecordCellResolution', () => {
  it.each<[string, Partial<RecordCellResolutionInput>, string[]]>([
    ['attendance and a count', {}, []],
    ['no overrides given', { baseOverrides: null }, []],
    ['an override with its reason', { baseOverrides: [{ memberId: a, counted: true, reason: 'Tạm vắng nhưng vẫn sinh hoạt' }] }, []],
    ['an override without a reason', { baseOverrides: [{ memberId: a, counted: false, reason: '  ' }] }, ['input.baseOverrides[0].reason']],
    ['a member listed present twice', { presentMemberIds: [a, b, a] }, ['input.presentMemberIds[2]']],
  ])('%s', (_case, values, fields) => {
    expect(fieldsOf(values)).toEqual(fields);
  });

  it('trims the reasons', () => {
    expect(parseRecordCellResolution({ ...input, baseOverrides: [{ memberId: a, counted: true, reason: '  Có mặt  ' }] }).baseOverrides).toEqual([{ memberId: a, counted: true, reason: 'Có mặt' }]);
  });
});
