import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCING_RULES } from './index';

const sources = readdirSync(__dirname)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && file !== 'sourcing.rules.ts')
  .map((file) => readFileSync(path.join(__dirname, file), 'utf8'))
  .join('\n');
const specs = readdirSync(__dirname)
  .filter((file) => file.endsWith('.spec.ts') && file !== 'sourcing.rules.spec.ts')
  .map((file) => readFileSync(path.join(__dirname, file), 'utf8'))
  .join('\n');

describe('SOURCING_RULES', () => {
  it.each(Object.values(SOURCING_RULES).map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    expect(id).toMatch(/^SOURCING\.[A-Z0-9_]+$/);
    expect(rule.statement).toMatch(/\.$/);
    expect(rule.remedy).toMatch(/\.$/);
    // Used by the domain, and exercised by a spec.
    expect(sources).toContain(`'${id}'`);
    expect(specs).toContain(`'${id}'`);
  });
});
