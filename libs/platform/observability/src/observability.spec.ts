import { Writable } from 'node:stream';
import { childTraceparent, createLogger, formatTraceparent, parseTraceparent, runWithContext } from './index';

function capture(): { sink: Writable; text: () => string } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { sink, text: () => lines.join('') };
}

describe('trace context', () => {
  const valid = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  it.each([
    [valid, true],
    ['00-00000000000000000000000000000000-00f067aa0ba902b7-01', false],
    ['garbage', false],
    [undefined, false],
  ])('parses %s → valid %s', (header, ok) => {
    expect(parseTraceparent(header) !== null).toBe(ok);
  });

  it('continues the trace with a new span', () => {
    const child = childTraceparent(valid);
    expect(child.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(child.spanId).not.toBe('00f067aa0ba902b7');
    expect(parseTraceparent(formatTraceparent(child))).toEqual(child);
  });

  it('starts a new trace when there is none, with ids that never repeat across pool refills', () => {
    // 2,000 traces take 48 KB of random bytes: the 4 KiB pool is refilled a dozen times.
    const traces = Array.from({ length: 2_000 }, () => childTraceparent(undefined));
    for (const trace of traces) expect(parseTraceparent(formatTraceparent(trace))).toEqual(trace);
    expect(new Set(traces.map((trace) => trace.traceId)).size).toBe(traces.length);
    expect(new Set(traces.map((trace) => trace.spanId)).size).toBe(traces.length);
  });
});

describe('logger', () => {
  it('redacts personal data at any depth', () => {
    const { sink, text } = capture();
    const logger = createLogger('test', 'info', sink);
    logger.info({ input: { fullName: 'Nguyễn Văn An', nationalId: '001090012345', phone: '0912345678' } }, 'created');
    expect(text()).not.toContain('Nguyễn');
    expect(text()).not.toContain('001090012345');
    expect(text()).not.toContain('0912345678');
    expect(text()).toContain('[redacted]');
  });

  it('stamps each line with the request and trace ids of its context', () => {
    const { sink, text } = capture();
    const logger = createLogger('svc', 'info', sink);
    runWithContext({ requestId: 'r-1', traceId: 't-1', traceparent: 'x' }, () => logger.info('inside'));
    logger.info('outside');
    const [inside, outside] = text().trim().split('\n').map((line) => JSON.parse(line));
    expect(inside).toMatchObject({ service: 'svc', requestId: 'r-1', traceId: 't-1', msg: 'inside', level: 'info' });
    expect(outside.requestId).toBeUndefined();
  });

  it('logs errors without the SQL values or key details they carry', () => {
    const { sink, text } = capture();
    const logger = createLogger('svc', 'info', sink);
    const driverError = Object.assign(
      new Error(
        "insert into \"candidate\" (\"full_name\", \"national_id\") values ('Nguyễn Văn An', '001090012345') - duplicate key value violates unique constraint \"candidate_national_id_key\"",
      ),
      { name: 'UniqueConstraintViolationException', code: '23505', constraint: 'candidate_national_id_key', detail: 'Key (national_id)=(001090012345) already exists.' },
    );
    logger.error({ err: driverError }, 'unexpected error');
    const line = JSON.parse(text().trim());
    expect(text()).not.toContain('001090012345');
    expect(text()).not.toContain('Nguyễn');
    expect(line.err).toMatchObject({
      type: 'UniqueConstraintViolationException',
      message: 'duplicate key value violates unique constraint "candidate_national_id_key"',
      code: '23505',
      constraint: 'candidate_national_id_key',
    });
    expect(line.err.stack).toMatch(/^\s*at /);
  });
});
