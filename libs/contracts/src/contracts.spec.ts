import { randomUUID } from 'node:crypto';
import {
  ContractViolation,
  EVENT_CATALOGUE,
  memberRegistered,
  parseEnvelope,
  SYSTEM_ACTOR,
  type EventEnvelope,
} from './index';

const envelope = (data: unknown, overrides: Partial<EventEnvelope> = {}): EventEnvelope => ({
  id: randomUUID(),
  type: memberRegistered.type,
  version: memberRegistered.version,
  occurredAt: '2026-01-02T03:04:05.000Z',
  source: 'organisation-service',
  aggregateId: 'x',
  actor: SYSTEM_ACTOR,
  traceparent: null,
  data,
  ...overrides,
});

const validMember = {
  memberId: randomUUID(),
  organisationId: randomUUID(),
  status: 'OFFICIAL',
  active: true,
  temporarilyAway: false,
  activityExempt: false,
  candidateId: null,
  admissionDecisionDate: '2020-05-01',
  officialDate: '2021-05-20',
};

describe('event contracts', () => {
  it('every subject is unique and follows <type>.v<version>', () => {
    const subjects = EVENT_CATALOGUE.map((c) => c.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
    for (const contract of EVENT_CATALOGUE) expect(contract.subject).toBe(`${contract.type}.v${contract.version}`);
  });

  it('accepts a valid envelope', () => {
    expect(parseEnvelope(memberRegistered, envelope(validMember)).data.status).toBe('OFFICIAL');
  });

  it.each([
    ['missing field', { ...validMember, memberId: undefined }, /memberId/],
    ['bad enum', { ...validMember, status: 'HONORARY' }, /status/],
    ['bad date', { ...validMember, officialDate: '20/05/2021' }, /officialDate/],
  ])('rejects a payload with a %s, naming the path but not the value', (_case, data, path) => {
    const call = () => parseEnvelope(memberRegistered, envelope(data));
    expect(call).toThrow(ContractViolation);
    expect(call).toThrow(path);
    expect(call).not.toThrow(/HONORARY|20\/05\/2021/);
  });

  it('rejects an envelope of another type', () => {
    expect(() => parseEnvelope(memberRegistered, envelope(validMember, { type: 'organisation.member.moved' }))).toThrow(
      /is not organisation.member.registered/,
    );
  });
});
