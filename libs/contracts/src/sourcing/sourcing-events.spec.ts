import { randomUUID } from 'node:crypto';
import {
  candidateAccepted,
  candidateDeclined,
  candidateWithdrawn,
  candidateCellChanged,
  ContractViolation,
  EVENT_CATALOGUE,
  mentorAssigned,
  mentorReleased,
  parseEnvelope,
  quotaSet,
  referralDeclined,
  referralSubmitted,
  SYSTEM_ACTOR,
  type EventContract,
  type EventEnvelope,
} from '../index';

const id = (): string => randomUUID();

const envelope = (contract: EventContract<unknown>, data: unknown): EventEnvelope => ({
  id: id(),
  type: contract.type,
  version: contract.version,
  occurredAt: '2026-03-02T03:04:05.000Z',
  source: 'sourcing-service',
  aggregateId: 'x',
  actor: SYSTEM_ACTOR,
  traceparent: null,
  data,
});

const valid: [EventContract<unknown>, Record<string, unknown>][] = [
  [
    referralSubmitted,
    {
      referralId: id(),
      candidateId: id(),
      massOrganisationId: id(),
      cellId: id(),
      sourceCategory: 'HIGH_SCHOOL_STUDENT',
      submittedOn: '2026-03-01',
      isRepeatReferral: false,
    },
  ],
  [referralDeclined, { referralId: id(), candidateId: id(), reason: 'DUPLICATE' }],
  [candidateAccepted, { candidateId: id(), cellId: id(), acceptedOn: '2026-03-02' }],
  [candidateDeclined, { candidateId: id(), cellId: id(), reason: 'NOT_READY' }],
  [mentorAssigned, { candidateId: id(), memberId: id(), cellId: id(), assignedOn: '2026-03-02' }],
  [mentorReleased, { candidateId: id(), memberId: id(), releasedOn: '2026-09-02' }],
  [candidateWithdrawn, { candidateId: id(), reason: 'MOVED_AWAY', withdrawnOn: '2026-10-01' }],
  [candidateCellChanged, { candidateId: id(), fromCellId: id(), toCellId: id(), cause: 'CELL_MERGED', changedOn: '2026-10-01' }],
  [quotaSet, { quotaId: id(), massOrganisationId: id(), year: 2026, target: 12 }],
];

describe('sourcing event contracts', () => {
  it('are all in the catalogue, on the SOURCING stream, with sourcing.* subjects', () => {
    const sourcing = EVENT_CATALOGUE.filter((c) => c.stream === 'SOURCING').map((c) => c.subject).sort();
    expect(sourcing).toEqual(valid.map(([c]) => `${c.type}.v1`).sort());
    expect(sourcing).toContain('sourcing.candidate.mentor-assigned.v1');
  });

  it.each(valid.map(([contract, data]) => [contract.type, contract, data] as const))(
    '%s accepts a valid payload',
    (_type, contract, data) => {
      expect(parseEnvelope(contract, envelope(contract, data)).data).toEqual(data);
    },
  );

  it.each(valid.map(([contract, data]) => [contract.type, contract, data] as const))(
    '%s drops personal data fields (only ids, codes and dates travel)',
    (_type, contract, data) => {
      const withPersonalData = { ...data, fullName: 'Nguyễn Văn An', nationalId: '001090012345', phone: '0912345678' };
      const parsed = parseEnvelope(contract, envelope(contract, withPersonalData)).data as Record<string, unknown>;
      expect(parsed).not.toHaveProperty('fullName');
      expect(parsed).not.toHaveProperty('nationalId');
      expect(parsed).not.toHaveProperty('phone');
    },
  );

  const [submitted, submittedData] = valid[0];
  it.each([
    ['an unknown source category', { ...submittedData, sourceCategory: 'STUDENT' }, /sourceCategory/],
    ['a date-time for a date', { ...submittedData, submittedOn: '2026-03-01T00:00:00Z' }, /submittedOn/],
    ['a non-uuid cell', { ...submittedData, cellId: 'cell-7' }, /cellId/],
    ['a missing flag', { ...submittedData, isRepeatReferral: undefined }, /isRepeatReferral/],
  ])('referral.submitted rejects %s, naming the path', (_case, data, path) => {
    const call = () => parseEnvelope(submitted, envelope(submitted, data));
    expect(call).toThrow(ContractViolation);
    expect(call).toThrow(path);
  });

  it.each<[EventContract<unknown>, Record<string, unknown>, RegExp]>([
    [referralDeclined, { referralId: id(), candidateId: id(), reason: 'BORED' }, /reason/],
    [candidateWithdrawn, { candidateId: id(), reason: 'BORED', withdrawnOn: '2026-10-01' }, /reason/],
    [candidateCellChanged, { candidateId: id(), fromCellId: id(), toCellId: id(), cause: 'MOVED', changedOn: '2026-10-01' }, /cause/],
    [quotaSet, { quotaId: id(), massOrganisationId: id(), year: 2026, target: -1 }, /target/],
    [quotaSet, { quotaId: id(), massOrganisationId: id(), year: 2026, target: 2.5 }, /target/],
  ])('%#: rejects a bad code or number', (contract, data, path) => {
    expect(() => parseEnvelope(contract, envelope(contract, data))).toThrow(path);
  });
});
