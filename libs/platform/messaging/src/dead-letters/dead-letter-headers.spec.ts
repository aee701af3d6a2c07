import { ContractViolation } from '@pdv/contracts';
import {
  buildDeadLetterHeaders,
  DEAD_LETTER_HEADERS,
  deadLetterMsgId,
  eventIdOf,
  readDeadLetterHeaders,
  replayMsgId,
  sanitizeError,
} from './dead-letter-headers';

const envelope = {
  id: '0f8b8a4e-3c56-4c51-a3f1-7f3f0d5b9c11',
  type: 'organisation.organisation.registered',
  data: { name: 'Nguyễn Văn An', nationalId: '001203004567', code: 'CB-01', year: 2026 },
};

describe('sanitizeError', () => {
  it('replaces every payload value that found its way into the message', () => {
    const error = new Error(`cannot register CB-01 "Nguyễn Văn An" for 2026`);
    expect(sanitizeError(error, envelope)).toEqual({
      name: 'Error',
      message: 'cannot register [redacted] "[redacted]" for [redacted]',
    });
  });

  it('removes long digit runs and e-mail addresses even when they are not in the payload', () => {
    const { message } = sanitizeError(new Error('duplicate 079123456789 for an@example.vn'), {});
    expect(message).toBe('duplicate [redacted] for [redacted]');
  });

  it('keeps a contract violation, which names paths only, as it is', () => {
    const error = new ContractViolation('organisation.organisation.registered', ['data.kind: invalid_value']);
    expect(sanitizeError(error, envelope)).toEqual({
      name: 'ContractViolation',
      message: 'event organisation.organisation.registered does not match its contract: data.kind: invalid_value',
    });
  });

  it('makes a single, bounded, ASCII header line', () => {
    const { message } = sanitizeError(new Error(`line one\r\nline two ${'x'.repeat(500)} đ`), {});
    expect(message).not.toMatch(/[\r\n]/);
    expect(message.length).toBeLessThanOrEqual(300);
    expect(message.startsWith('line one line two')).toBe(true);
    expect(sanitizeError(new Error('ôi'), {}).message).toBe('?i');
  });

  it('describes a thrown non-error without its content', () => {
    expect(sanitizeError('Nguyễn Văn An', envelope)).toEqual({ name: 'string', message: 'non-error thrown' });
  });
});

describe('dead-letter headers', () => {
  const facts = {
    consumerName: 'sourcing-service',
    originalSubject: 'tab12.organisation.organisation.registered.v1',
    originalStream: 'tab12_ORGANISATION',
    originalSequence: 42,
    eventId: envelope.id,
    eventType: envelope.type,
    deliveryCount: 5,
    error: new TypeError('cannot read CB-01'),
    payload: envelope,
    at: new Date('2026-11-28T03:00:00.000Z'),
  };

  it('carries where the message came from and why it failed, without payload values', () => {
    expect(buildDeadLetterHeaders(facts)).toEqual({
      'Pdv-Consumer': 'sourcing-service',
      'Pdv-Original-Subject': 'tab12.organisation.organisation.registered.v1',
      'Pdv-Original-Stream': 'tab12_ORGANISATION',
      'Pdv-Original-Sequence': '42',
      'Pdv-Event-Id': envelope.id,
      'Pdv-Event-Type': 'organisation.organisation.registered',
      'Pdv-Delivery-Count': '5',
      'Pdv-Error-Name': 'TypeError',
      'Pdv-Error-Message': 'cannot read [redacted]',
      'Pdv-Dead-Lettered-At': '2026-11-28T03:00:00.000Z',
    });
  });

  it('reads back what it wrote', () => {
    const headers = buildDeadLetterHeaders({ ...facts, eventId: null });
    expect(readDeadLetterHeaders(7, (key) => headers[key] ?? '')).toEqual({
      sequence: 7,
      consumerName: 'sourcing-service',
      originalSubject: facts.originalSubject,
      eventId: null,
      type: facts.eventType,
      error: 'TypeError: cannot read [redacted]',
      deliveredCount: 5,
      deadLetteredAt: '2026-11-28T03:00:00.000Z',
    });
    expect(Object.values(DEAD_LETTER_HEADERS).every((key) => key in headers)).toBe(true);
  });

  it('keys the dead letter by stream message and each replay by dead-letter sequence', () => {
    expect(deadLetterMsgId('sourcing-service', 'tab12_ORGANISATION', 42)).toBe(
      'deadletter.sourcing-service.tab12_ORGANISATION.42',
    );
    expect(replayMsgId(envelope.id, 7)).toBe(`${envelope.id}.replay.7`);
    expect(replayMsgId(null, 7)).toBe('unknown.replay.7');
  });

  it.each([
    [envelope, envelope.id],
    [{ id: 'not-a-uuid' }, null],
    [{ id: 12 }, null],
    ['text', null],
    [undefined, null],
  ])('finds the event id of %p', (payload, expected) => {
    expect(eventIdOf(payload)).toBe(expected);
  });
});
