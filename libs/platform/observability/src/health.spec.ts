import { readinessOf } from './health';

const up = (name: string, required = true) => ({ name, ok: true, required });
const down = (name: string, required = true) => ({ name, ok: false, required, error: 'no answer' });

describe('readinessOf', () => {
  it.each([
    ['everything up', [up('postgres'), up('nats', false)], { httpStatus: 200, status: 'ready', down: [] }],
    ['an optional dependency down', [up('postgres'), down('nats', false)], { httpStatus: 200, status: 'degraded', down: ['nats'] }],
    ['a required dependency down', [down('postgres'), up('nats', false)], { httpStatus: 503, status: 'not ready', down: ['postgres'] }],
    ['both down', [down('postgres'), down('nats', false)], { httpStatus: 503, status: 'not ready', down: ['postgres', 'nats'] }],
    ['no dependencies', [], { httpStatus: 200, status: 'ready', down: [] }],
  ])('%s', (_label, results, expected) => {
    expect(readinessOf(results)).toEqual(expected);
  });
});
