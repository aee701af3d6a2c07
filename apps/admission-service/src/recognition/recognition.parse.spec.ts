import { isAppError } from '@pdv/errors';
import type { RecordRecognitionDecisionInput } from './recognition.input';
import { parseRecordRecognitionDecision } from './recognition.parse';

const input: RecordRecognitionDecisionInput = { dossierId: '00000000-0000-4000-8000-000000000001', outcome: 'RECOGNISED', decisionNumber: ' 88-QĐ/ĐU ', decisionDate: '2027-09-06' };

function fieldsOf(values: Partial<RecordRecognitionDecisionInput>): string[] {
  try {
    parseRecordRecognitionDecision({ ...input, ...values });
    return [];
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (error.problems ?? []).map((problem) => problem.field);
  }
}

describe('parseRecordRecognitionDecision', () => {
  it.each<[string, Partial<RecordRecognitionDecisionInput>, string[]]>([
    ['a recognition', {}, []],
    ['a recognition with a reason', { reason: 'Đủ tiêu chuẩn' }, ['input.reason']],
    ['a removal with its reason', { outcome: 'NAME_REMOVED', reason: 'Không đủ tiêu chuẩn' }, []],
    ['a removal without a reason', { outcome: 'NAME_REMOVED', reason: '  ' }, ['input.reason']],
    ['no number', { decisionNumber: ' ' }, ['input.decisionNumber']],
  ])('%s', (_case, values, fields) => {
    expect(fieldsOf(values)).toEqual(fields);
  });

  it('trims the number and keeps no reason for a recognition', () => {
    expect(parseRecordRecognitionDecision(input)).toEqual({ ...input, decisionNumber: '88-QĐ/ĐU', reason: null });
  });
});
