import { ContractViolation, organisationRegistered, SYSTEM_ACTOR } from '@pdv/contracts';
import { buildEnvelope, MonotonicClock } from './event-recorder';

const data = {
  organisationId: '5b0f3c1e-8a53-4f55-9d56-0c1f6f5b1a01',
  parentId: null,
  kind: 'PARTY_CELL' as const,
  sector: 'RESIDENTIAL_AREA' as const,
  code: 'CB-01',
  name: 'Chi bộ khu dân cư số 1',
  validFrom: '2026-01-01',
};
const facts = {
  id: '0f8b8a4e-3c56-4c51-a3f1-7f3f0d5b9c11',
  source: 'organisation-service',
  now: new Date('2026-11-28T03:00:00.000Z'),
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};

describe('buildEnvelope', () => {
  it('fills the envelope from the contract, the input and the recorder', () => {
    const envelope = buildEnvelope(organisationRegistered, { aggregateId: data.organisationId, data, actor: SYSTEM_ACTOR }, facts);
    expect(envelope).toEqual({
      id: facts.id,
      type: 'organisation.organisation.registered',
      version: 1,
      occurredAt: '2026-11-28T03:00:00.000Z',
      source: 'organisation-service',
      aggregateId: data.organisationId,
      actor: SYSTEM_ACTOR,
      traceparent: facts.traceparent,
      data,
    });
  });

  it('prefers the given occurrence time and traceparent, including an explicit null', () => {
    const occurredAt = new Date('2026-01-01T00:00:00.000Z');
    const withTrace = buildEnvelope(
      organisationRegistered,
      { aggregateId: 'a', data, actor: SYSTEM_ACTOR, occurredAt, traceparent: null },
      facts,
    );
    expect(withTrace.occurredAt).toBe('2026-01-01T00:00:00.000Z');
    expect(withTrace.traceparent).toBeNull();
  });

  it('refuses a payload that breaks the contract, naming the path and not the value', () => {
    const broken = { ...data, kind: 'NOT_A_KIND' } as unknown as typeof data;
    const build = () => buildEnvelope(organisationRegistered, { aggregateId: 'a', data: broken, actor: SYSTEM_ACTOR }, facts);
    expect(build).toThrow(ContractViolation);
    expect(build).toThrow(/kind/);
    expect(build).not.toThrow(/NOT_A_KIND/);
  });

  it('refuses an envelope without an aggregate id', () => {
    expect(() => buildEnvelope(organisationRegistered, { aggregateId: '', data, actor: SYSTEM_ACTOR }, facts)).toThrow(
      ContractViolation,
    );
  });
});

describe('MonotonicClock', () => {
  it('never repeats or goes back, even when the wall clock does, stepping a microsecond', () => {
    const readings = [1000, 1000, 1000, 999, 1005, 1002];
    const clock = new MonotonicClock(() => readings.shift() ?? 0);
    const instants = Array.from({ length: 6 }, () => clock.next());
    expect(instants.map((instant) => instant.timestamp.slice(17))).toEqual([
      '01.000000Z',
      '01.000001Z',
      '01.000002Z',
      '01.000003Z',
      '01.005000Z',
      '01.005001Z',
    ]);
    expect(instants.map((instant) => instant.at.getTime())).toEqual([1000, 1000, 1000, 1000, 1005, 1005]);
  });

  it('stays on the wall clock under a burst: 10,000 events in one millisecond move it by 10 ms', () => {
    const clock = new MonotonicClock(() => 1_000_000);
    let last = clock.next();
    for (let index = 1; index < 10_000; index += 1) last = clock.next();
    expect(last.at.getTime()).toBe(1_000_009);
    expect(last.timestamp).toBe('1970-01-01T00:16:40.009999Z');
  });
});
