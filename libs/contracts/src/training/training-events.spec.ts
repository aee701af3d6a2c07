import { randomUUID } from 'node:crypto';
import {
  certificateInvalidated,
  certificateIssued,
  certificateReissued,
  courseCancelled,
  courseScheduled,
  enrolmentFinished,
  enrolmentNominated,
  enrolmentReleased,
  EVENT_CATALOGUE,
  nominationApproved,
  nominationRefused,
  nominationWithdrawn,
  parseEnvelope,
  SYSTEM_ACTOR,
  type EventContract,
  type EventEnvelope,
} from '../index';

const id = (): string => randomUUID();

const envelope = (contract: EventContract<unknown>, data: unknown): EventEnvelope => ({
  id: id(),
  type: contract.type,
  version: contract.version,
  occurredAt: '2026-09-12T03:04:05.000Z',
  source: 'training-service',
  aggregateId: 'x',
  actor: SYSTEM_ACTOR,
  traceparent: null,
  data,
});

const party = () => ({ enrolmentId: id(), courseId: id(), courseKind: 'AWARENESS', candidateId: id(), memberId: null });

const valid: [EventContract<unknown>, Record<string, unknown>][] = [
  [enrolmentNominated, { ...party(), nominatedBy: id() }],
  [enrolmentFinished, { ...party(), result: 'PASSED' }],
  [certificateIssued, { certificateId: id(), courseKind: 'AWARENESS', candidateId: id(), memberId: null, issuedOn: '2026-09-12', validUntil: '2031-09-11' }],
  [courseScheduled, { courseId: id(), courseKind: 'NEW_MEMBER', institutionId: id(), startsOn: '2026-09-10', endsOn: '2026-09-12', capacity: 40 }],
  [courseCancelled, { courseId: id(), courseKind: 'AWARENESS', cancelledOn: '2026-09-01' }],
  [enrolmentReleased, { ...party(), cause: 'COURSE_CANCELLED' }],
  [nominationApproved, party()],
  [nominationRefused, party()],
  [nominationWithdrawn, party()],
  [certificateInvalidated, { certificateId: id(), courseKind: 'AWARENESS', candidateId: id(), memberId: null, invalidatedOn: '2026-10-01' }],
  [
    certificateReissued,
    { certificateId: id(), courseKind: 'AWARENESS', candidateId: id(), memberId: null, previousIssuedOn: '2026-09-12', issuedOn: '2026-09-11', validUntil: '2031-09-10' },
  ],
];

describe('training event contracts', () => {
  it('are all in the catalogue, on the TRAINING stream, with training.* subjects', () => {
    const training = EVENT_CATALOGUE.filter((c) => c.stream === 'TRAINING').map((c) => c.subject).sort();
    expect(training).toEqual(valid.map(([c]) => `${c.type}.v1`).sort());
  });

  it.each(valid.map(([contract, data]) => [contract.type, contract, data] as const))('%s accepts a valid payload and drops personal data', (_type, contract, data) => {
    expect(parseEnvelope(contract, envelope(contract, data)).data).toEqual(data);
    const parsed = parseEnvelope(contract, envelope(contract, { ...data, fullName: 'Nguyễn Văn An', score: 9 })).data as Record<string, unknown>;
    expect(parsed).not.toHaveProperty('fullName');
    expect(parsed).not.toHaveProperty('score');
  });

  it.each<[EventContract<unknown>, Record<string, unknown>, RegExp]>([
    [courseScheduled, { courseId: id(), courseKind: 'AWARENESS', institutionId: id(), startsOn: '2026-09-10', endsOn: '2026-09-12', capacity: 0 }, /capacity/],
    [nominationApproved, { ...party(), courseKind: 'SEMINAR' }, /courseKind/],
    [enrolmentReleased, { ...party(), cause: 'BORED' }, /cause/],
  ])('%#: rejects a bad code or number', (contract, data, path) => {
    expect(() => parseEnvelope(contract, envelope(contract, data))).toThrow(path);
  });
});
