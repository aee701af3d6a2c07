import { AppError } from './app-error';
import { eachOnItsOwn } from './result';
import { ruleViolation } from './rule-violation';

describe('eachOnItsOwn', () => {
  it('answers every item in order: a refused one names its problem and the others stand', async () => {
    const done: string[] = [];
    const outcomes = await eachOnItsOwn(['a', 'b', 'c'], async (key) => {
      if (key === 'b') throw AppError.conflict('someone else decided b first');
      done.push(key);
      return key.toUpperCase();
    });
    expect(done).toEqual(['a', 'c']);
    expect(outcomes).toEqual([
      { key: 'a', ok: true, value: 'A' },
      { key: 'b', ok: false, code: 'CONFLICT', rule: null, message: 'someone else decided b first' },
      { key: 'c', ok: true, value: 'C' },
    ]);
  });

  it('carries the rule of a RULE_VIOLATION', async () => {
    const rule = { id: 'TEST.RULE', statement: 'A rule.', remedy: 'Do the right thing.', vi: { statement: 'Một quy tắc.', remedy: 'Làm đúng.' } };
    const [outcome] = await eachOnItsOwn([1], async () => {
      throw ruleViolation(rule);
    });
    expect(outcome).toMatchObject({ key: 1, ok: false, code: 'RULE_VIOLATION', rule: 'TEST.RULE' });
  });

  it('throws what is not a refusal (a bug, the database gone): it is not the item’s fault', async () => {
    await expect(eachOnItsOwn([1, 2], async () => Promise.reject(new TypeError('boom')))).rejects.toThrow('boom');
  });
});
