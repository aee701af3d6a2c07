import { isAppError } from '@pdv/errors';
import { parseExtendAdmissionDeadline, parseRecordAdmissionCeremony, parseRecordAdmissionDecision } from './decision.parse';

const ids = { dossierId: '00000000-0000-4000-8000-000000000001', mentorMemberId: '00000000-0000-4000-8000-000000000002' };

function fieldsOf(call: () => unknown): string[] {
  try {
    call();
    return [];
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (error.problems ?? []).map((problem) => problem.field);
  }
}

describe('parsing the decision and the ceremony', () => {
  it.each<[string, () => unknown, string[]]>([
    ['a decision with its number', () => parseRecordAdmissionDecision({ dossierId: ids.dossierId, decisionNumber: ' 125-QĐ/ĐU ', decisionDate: '2026-08-03' }), []],
    ['a decision without a number', () => parseRecordAdmissionDecision({ dossierId: ids.dossierId, decisionNumber: ' ', decisionDate: '2026-08-03' }), ['input.decisionNumber']],
    ['a ceremony', () => parseRecordAdmissionCeremony({ ...ids, decisionReceivedOn: '2026-08-05', ceremonyDate: '2026-08-20' }), []],
    ['an extension with its reason', () => parseExtendAdmissionDeadline({ dossierId: ids.dossierId, kind: 'DECISION', workingDays: 30, reason: 'Chờ thẩm tra' }), []],
    ['an extension of no working days and no reason', () => parseExtendAdmissionDeadline({ dossierId: ids.dossierId, kind: 'DECISION', workingDays: 0, reason: ' ' }), ['input.workingDays', 'input.reason']],
    ['a consent reference without its date', () => parseRecordAdmissionCeremony({ ...ids, decisionReceivedOn: '2026-08-05', ceremonyDate: '2026-08-20', superiorConsentReference: '7-CV/ĐU' }), ['input.superiorConsentDate']],
  ])('%s', (_case, call, fields) => {
    expect(fieldsOf(call)).toEqual(fields);
  });

  it('takes the decision’s date as the day it was received when none is given', () => {
    expect(parseRecordAdmissionDecision({ dossierId: ids.dossierId, decisionNumber: '1-QĐ/ĐU', decisionDate: '2026-08-03' }).receivedOn).toBe('2026-08-03');
    expect(parseRecordAdmissionDecision({ dossierId: ids.dossierId, decisionNumber: '1-QĐ/ĐU', decisionDate: '2026-08-03', receivedOn: '2026-08-05' }).receivedOn).toBe('2026-08-05');
  });

  it('keeps the number trimmed and the consent with its reference', () => {
    expect(parseRecordAdmissionDecision({ dossierId: ids.dossierId, decisionNumber: ' 125-QĐ/ĐU ', decisionDate: '2026-08-03' }).decisionNumber).toBe('125-QĐ/ĐU');
    expect(parseRecordAdmissionCeremony({ ...ids, decisionReceivedOn: '2026-08-05', ceremonyDate: '2026-09-30', superiorConsentDate: '2026-09-20', superiorConsentReference: '7-CV/ĐU' }).superiorConsent).toEqual({ date: '2026-09-20', reference: '7-CV/ĐU' });
  });
});
