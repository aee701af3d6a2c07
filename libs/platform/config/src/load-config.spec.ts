import { z } from 'zod';
import { ConfigError, env, loadConfig, serviceEnvShape } from './index';

const schema = z.object({ ...serviceEnvShape, PORT: env.port(4001), FLAG: env.boolean(false) });

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig('svc', schema, {});
    expect(config.PORT).toBe(4001);
    expect(config.FLAG).toBe(false);
    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
  });

  it.each([
    ['unset', {}, undefined],
    ['empty', { INTERNAL_AUTH_PREVIOUS_SECRET: '' }, undefined],
    ['the secret being retired', { INTERNAL_AUTH_PREVIOUS_SECRET: 'p'.repeat(32) }, 'p'.repeat(32)],
  ])('reads INTERNAL_AUTH_PREVIOUS_SECRET (%s)', (_case, source, expected) => {
    expect(loadConfig('svc', schema, source).INTERNAL_AUTH_PREVIOUS_SECRET).toBe(expected);
  });

  it('reports every bad key at once without echoing values', () => {
    try {
      loadConfig('svc', schema, { PORT: 'abc', NATS_URL: 'not a url', INTERNAL_AUTH_SECRET: 'short-secret' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/PORT/);
      expect(problems.join('\n')).toMatch(/NATS_URL/);
      expect(problems.join('\n')).toMatch(/INTERNAL_AUTH_SECRET/);
      expect((error as Error).message).not.toContain('short-secret');
    }
  });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
  ])('parses boolean %s', (raw, expected) => {
    expect(loadConfig('svc', schema, { FLAG: raw }).FLAG).toBe(expected);
  });

  it('refuses the development default of a secret in production, and accepts a real one', () => {
    expect(() => loadConfig('svc', schema, { NODE_ENV: 'production' })).toThrow(/INTERNAL_AUTH_SECRET: is the public development default/);
    expect(loadConfig('svc', schema, { NODE_ENV: 'production', INTERNAL_AUTH_SECRET: 'p'.repeat(40) }).INTERNAL_AUTH_SECRET).toHaveLength(40);
  });

  it.each([
    ['test', '/tmp/clock', '/tmp/clock'],
    ['development', '', undefined],
  ])('reads TEST_CLOCK_FILE outside production (%s)', (nodeEnv, file, expected) => {
    expect(loadConfig('svc', schema, { NODE_ENV: nodeEnv, TEST_CLOCK_FILE: file }).TEST_CLOCK_FILE).toBe(expected);
  });

  it('refuses TEST_CLOCK_FILE in production', () => {
    expect(() => loadConfig('svc', schema, { NODE_ENV: 'production', INTERNAL_AUTH_SECRET: 'p'.repeat(40), TEST_CLOCK_FILE: '/tmp/clock' })).toThrow(
      /TEST_CLOCK_FILE: is a test setting/,
    );
  });
});
