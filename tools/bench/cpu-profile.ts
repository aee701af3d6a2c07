import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where a process's CPU went, from the `.cpuprofile` V8 writes under `--cpu-prof`: own
 * ("self") time per function and per package, the two views issue 7 asks the gateway's top
 * items to be read from. Idle and garbage-collector time are their own rows, so the shares
 * add up to the whole profile.
 */

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileShare {
  name: string;
  /** Share of the busy (non-idle) samples, 0–1. */
  share: number;
}

export interface ProfileSummary {
  /** Share of all samples in which the process was idle. */
  idle: number;
  functions: ProfileShare[];
  packages: ProfileShare[];
}

/** `node_modules/@scope/name/...` → `@scope/name`; the bundle's own code → `(app)`; Node's → `(node)`. */
export function packageOf(url: string): string {
  if (url === '') return '(native)';
  if (url.startsWith('node:')) return '(node)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules < 0) return '(app)';
  const [first, second] = url.slice(modules + 'node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (!url) return functionName || '(anonymous)';
  const file = url.replace(/^file:\/\//, '');
  const modules = file.lastIndexOf('node_modules/');
  const short = modules >= 0 ? file.slice(modules + 'node_modules/'.length) : path.basename(file);
  return `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
}

function ranked(counts: Map<string, number>, busy: number, top: number): ProfileShare[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, count]) => ({ name, share: busy === 0 ? 0 : count / busy }));
}

export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const hits = new Map<number, number>();
  if (profile.samples) for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  else for (const node of profile.nodes) hits.set(node.id, node.hitCount ?? 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let idle = 0;
  let total = 0;
  for (const node of profile.nodes) {
    const count = hits.get(node.id) ?? 0;
    if (count === 0) continue;
    total += count;
    if (node.callFrame.functionName === '(idle)') {
      idle += count;
      continue;
    }
    const name = frameName(node);
    byFunction.set(name, (byFunction.get(name) ?? 0) + count);
    const pkg = node.callFrame.functionName === '(garbage collector)' ? '(gc)' : packageOf(node.callFrame.url.replace(/^file:\/\//, ''));
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + count);
  }
  const busy = total - idle;
  return { idle: total === 0 ? 0 : idle / total, functions: ranked(byFunction, busy, top), packages: ranked(byPackage, busy, top) };
}

const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;

export function formatProfileSummary(title: string, summary: ProfileSummary): string {
  return [
    `${title}: busy ${percent(1 - summary.idle)} of the profile`,
    '  own CPU by package (share of busy time):',
    ...summary.packages.map((entry) => `    ${percent(entry.share)}  ${entry.name}`),
    '  own CPU by function:',
    ...summary.functions.map((entry) => `    ${percent(entry.share)}  ${entry.name}`),
  ].join('\n');
}

/** Every profile in `dir`, summarised, in file-name order (the process name comes first). */
export async function summariseProfiles(dir: string, top = 15): Promise<string[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cpuprofile')).sort();
  const summaries: string[] = [];
  for (const file of files) {
    const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile;
    summaries.push(formatProfileSummary(path.join(dir, file), summariseProfile(profile, top)));
  }
  return summaries;
}
