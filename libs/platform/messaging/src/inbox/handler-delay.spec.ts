import { handlerDelayFor } from './handler-delay';

const SLOW = 'PDV_FAULTS_SLOW_CONSUMER';
const DELAY = 'PDV_FAULTS_HANDLER_DELAY_MS';

describe('handlerDelayFor (the fault suite slowed-consumer hook)', () => {
  it.each([
    ['nothing set', '0', { NODE_ENV: 'test' }, 0],
    ['nothing set in production', '0', { NODE_ENV: 'production' }, 0],
    ['this consumer and stream', '700', { NODE_ENV: 'test', [SLOW]: 'evaluation-service/SOURCING', [DELAY]: '700' }, 700],
    ['another stream of the same service', '0', { NODE_ENV: 'test', [SLOW]: 'evaluation-service/TRAINING', [DELAY]: '700' }, 0],
    ['another service', '0', { NODE_ENV: 'development', [SLOW]: 'sourcing-service/SOURCING', [DELAY]: '700' }, 0],
  ])('%s → %s ms', (_label, _expected, env, expected) => {
    expect(handlerDelayFor(env, 'evaluation-service', 'SOURCING')).toBe(expected);
  });

  it.each([
    ['set under NODE_ENV=production', { NODE_ENV: 'production', [SLOW]: 'evaluation-service/SOURCING', [DELAY]: '700' }, /refused under NODE_ENV=production/],
    ['only the delay set', { NODE_ENV: 'test', [DELAY]: '700' }, /must name one consumer/],
    ['a consumer without its stream', { NODE_ENV: 'test', [SLOW]: 'evaluation-service', [DELAY]: '700' }, /<consumer>\/<STREAM>/],
    ['no delay', { NODE_ENV: 'test', [SLOW]: 'evaluation-service/SOURCING' }, /whole number of milliseconds/],
    ['a delay that is not a number', { NODE_ENV: 'test', [SLOW]: 'evaluation-service/SOURCING', [DELAY]: 'slow' }, /whole number/],
    ['a delay past ten minutes', { NODE_ENV: 'test', [SLOW]: 'evaluation-service/SOURCING', [DELAY]: '600001' }, /1–600000/],
  ])('refuses %s', (_label, env, message) => {
    expect(() => handlerDelayFor(env, 'evaluation-service', 'SOURCING')).toThrow(message);
  });
});
