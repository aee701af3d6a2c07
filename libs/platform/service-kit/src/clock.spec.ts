import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configuredClock, FileClock, setFileClock, systemClock } from './clock';

describe('FileClock', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdv-clock-'));
  const file = path.join(dir, 'now');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the instant written, advancing with the wall clock from when it was written', () => {
    setFileClock(file, '2027-08-03T03:00:00Z');
    const clock = new FileClock(file);
    const first = clock.now().getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2027-08-03T03:00:00Z'));
    expect(first - Date.parse('2027-08-03T03:00:00Z')).toBeLessThan(5_000);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(first);
  });

  it('follows a rewrite of the file (a test moving its stack a year on)', () => {
    const clock = new FileClock(file);
    setFileClock(file, '2026-07-01T03:00:00Z');
    expect(clock.now().toISOString().slice(0, 10)).toBe('2026-07-01');
    setFileClock(file, '2027-07-01T03:00:00Z');
    // The same second on a coarse file system: the modification time still has to change.
    utimesSync(file, new Date(), new Date(Date.now() + 1_000));
    expect(clock.now().toISOString().slice(0, 10)).toBe('2027-07-01');
  });

  it('refuses a file that holds no instant, and a missing file', () => {
    const garbled = path.join(dir, 'garbled');
    writeFileSync(garbled, 'tomorrow\n');
    expect(() => new FileClock(garbled).now()).toThrow(/holds no ISO 8601 instant/);
    expect(() => new FileClock(path.join(dir, 'missing')).now()).toThrow(/ENOENT/);
  });
});

describe('configuredClock', () => {
  it.each([
    ['no file: the real clock', { NODE_ENV: 'development' }, 'system'],
    ['a file outside production: the file clock', { NODE_ENV: 'test', TEST_CLOCK_FILE: '/tmp/x' }, 'file'],
  ])('%s', (_case, config, expected) => {
    const clock = configuredClock(config);
    expect(clock === systemClock ? 'system' : clock instanceof FileClock ? 'file' : 'other').toBe(expected);
  });

  it('refuses a file in production', () => {
    expect(() => configuredClock({ NODE_ENV: 'production', TEST_CLOCK_FILE: '/tmp/x' })).toThrow(/refused in production/);
  });
});
