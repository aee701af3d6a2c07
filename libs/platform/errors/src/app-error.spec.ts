import { AppError, defineRules, Problems, ruleViolation } from './index';

describe('AppError', () => {
  it.each([
    [AppError.badInput('x'), 'BAD_USER_INPUT'],
    [AppError.unauthenticated(), 'UNAUTHENTICATED'],
    [AppError.forbidden('x'), 'FORBIDDEN'],
    [AppError.notFound('Organisation', 'abc'), 'NOT_FOUND'],
    [AppError.conflict('x'), 'CONFLICT'],
  ])('%#: factory sets code %s', (error, code) => {
    expect(error.code).toBe(code);
    expect(error).toBeInstanceOf(Error);
  });
});

describe('ruleViolation', () => {
  const rules = defineRules({
    'TEST.CELL_SIZE': {
      id: 'TEST.CELL_SIZE',
      statement: 'A cell needs at least 3 official members.',
      remedy: 'Add members first.',
      vi: { statement: 'Chi bộ cần ít nhất 3 đảng viên chính thức.', remedy: 'Bổ sung đảng viên trước.' },
    },
  });

  it('names the rule and says what to do', () => {
    const error = ruleViolation(rules['TEST.CELL_SIZE'], 'This cell has 2.');
    expect(error.code).toBe('RULE_VIOLATION');
    expect(error.rule).toBe('TEST.CELL_SIZE');
    expect(error.message).toBe('A cell needs at least 3 official members. This cell has 2. Add members first.');
  });

  it('refuses a rule table whose key and id differ', () => {
    expect(() => defineRules({ A: { id: 'B', statement: '', remedy: '', vi: { statement: 'x', remedy: 'y' } } })).toThrow(/does not match/);
  });

  it('refuses a rule without its Vietnamese text', () => {
    expect(() => defineRules({ A: { id: 'A', statement: 's', remedy: 'r', vi: { statement: ' ', remedy: 'y' } } })).toThrow(/no Vietnamese/);
  });
});

describe('Problems', () => {
  it('reports every problem at once', () => {
    const problems = new Problems().add('a', 'is required').add('b', 'is too long');
    expect(() => problems.throwIfAny()).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', problems: [
      { field: 'a', message: 'is required' }, { field: 'b', message: 'is too long' }] }));
  });

  it('does nothing when empty', () => {
    expect(() => new Problems().throwIfAny()).not.toThrow();
  });
});
