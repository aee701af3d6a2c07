import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

// The rule registries of every service, found where the house layout puts them: the
// domain libraries' public entries (libs/*/domain/src/index.ts) and the apps' own
// `*.rules.ts` files that call defineRules (rules that need a service's data). They are
// loaded by path, at run time: tools may not import a service's code (module boundaries),
// and a new service's rules are picked up with nothing to register here.

export interface RuleText {
  statement: string;
  remedy: string;
}

export interface RuleEntry {
  id: string;
  en: RuleText;
  /** Null when the rule has no Vietnamese text (a coverage failure, reported by the caller). */
  vi: RuleText | null;
  /** Where it is defined: the registry's export name and the file it was loaded from. */
  registry: string;
  file: string;
}

interface RuleLike {
  id: string;
  statement: string;
  remedy: string;
  vi?: Partial<RuleText>;
}

function isRuleLike(value: unknown): value is RuleLike {
  if (!value || typeof value !== 'object') return false;
  const rule = value as Record<string, unknown>;
  return typeof rule.id === 'string' && typeof rule.statement === 'string' && typeof rule.remedy === 'string';
}

/** An exported object whose every value is a rule, keyed by its id: what defineRules returns. */
function isRegistry(value: unknown): value is Record<string, RuleLike> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, rule]) => isRuleLike(rule) && rule.id === key);
}

async function exists(dir: string): Promise<boolean> {
  return readdir(dir).then(
    () => true,
    () => false,
  );
}

async function filesUnder(dir: string, accept: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full, accept)));
    else if (accept(entry.name)) found.push(full);
  }
  return found;
}

/** The files that hold rule registries, relative to the workspace root, in a stable order. */
export async function registryFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const lib of (await readdir(path.join(root, 'libs'))).sort()) {
    const entry = path.join(root, 'libs', lib, 'domain/src/index.ts');
    if (await exists(path.dirname(entry))) files.push(entry);
  }
  for (const app of (await readdir(path.join(root, 'apps'))).sort()) {
    const src = path.join(root, 'apps', app, 'src');
    if (!(await exists(src))) continue;
    for (const file of (await filesUnder(src, (name) => name.endsWith('.rules.ts'))).sort()) {
      if ((await readFile(file, 'utf8')).includes('defineRules(')) files.push(file);
    }
  }
  return files.map((file) => path.relative(root, file));
}

/**
 * Every rule of every registry, once, sorted by id. The same rule exported from two places
 * (a re-export) counts once; two different texts under one id are an error.
 */
export async function loadRules(root: string): Promise<RuleEntry[]> {
  const byId = new Map<string, RuleEntry>();
  for (const file of await registryFiles(root)) {
    const module = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (!isRegistry(value)) continue;
      for (const rule of Object.values(value)) {
        const vi = rule.vi?.statement?.trim() && rule.vi.remedy?.trim() ? { statement: rule.vi.statement, remedy: rule.vi.remedy } : null;
        const entry: RuleEntry = { id: rule.id, en: { statement: rule.statement, remedy: rule.remedy }, vi, registry: name, file };
        const seen = byId.get(rule.id);
        if (seen && (seen.en.statement !== entry.en.statement || seen.en.remedy !== entry.en.remedy)) {
          throw new Error(`rule ${rule.id} is defined twice with different texts: ${seen.registry} (${seen.file}) and ${name} (${file})`);
        }
        if (!seen) byId.set(rule.id, entry);
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
