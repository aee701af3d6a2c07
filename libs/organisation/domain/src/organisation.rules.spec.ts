import { ORGANISATION_RULES } from './organisation.rules';

describe('ORGANISATION_RULES', () => {
  const rules = Object.values(ORGANISATION_RULES);

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s is namespaced and says what to do', (id, rule) => {
    expect(id).toMatch(/^(ORG|MEMBER)\.[A-Z][A-Z_]+$/);
    expect(rule.statement.length).toBeGreaterThan(20);
    expect(rule.remedy.length).toBeGreaterThan(10);
    expect(rule.statement.trim().endsWith('.')).toBe(true);
  });

  it('has unique statements', () => {
    expect(new Set(rules.map((r) => r.statement)).size).toBe(rules.length);
  });
});
