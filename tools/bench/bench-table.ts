import type { RoundResult } from './bench-stats';

/** One line of the table: a workload against one target, combined over its rounds. */
export interface TableRow {
  /** e.g. `W1 identical dashboard`, `W5 varied @ 25 req/s`. */
  workload: string;
  /** e.g. `ours`, `hive`, `subgraph sourcing`. */
  target: string;
  kind: 'closed' | 'rate';
  result: RoundResult;
}

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  node: string;
  date: string;
  /** The settings of the run, as one line (seconds, rounds, connections, data). */
  settings: string;
}

/**
 * Above 1 means faster than Hive Gateway. Closed-loop rows compare throughput; even-rate rows
 * (where throughput is the offered rate for everyone) compare p99 latency, Hive's over ours.
 */
export function ratioVsHive(row: TableRow, hive: TableRow | undefined): number | null {
  if (!hive || row.target === hive.target) return null;
  if (row.kind === 'closed') {
    return hive.result.requestsPerSecond > 0 ? row.result.requestsPerSecond / hive.result.requestsPerSecond : null;
  }
  return row.result.p99Ms > 0 && Number.isFinite(hive.result.p99Ms) ? hive.result.p99Ms / row.result.p99Ms : null;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  // A gateway overhead below zero (the subgraph alone queued worse) keeps the same units.
  if (ms < 0) return `-${formatMs(-ms)}`;
  if (ms >= 1_000) return `${(ms / 1_000).toFixed(2)} s`;
  if (ms >= 10) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '—';
  return perSecond >= 10 ? String(Math.round(perSecond)) : perSecond.toFixed(1);
}

function formatRatio(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? '—' : `${ratio.toFixed(2)}×`;
}

/** The rows of a workload's Hive target, by workload, for the ratio column. */
function hiveRows(rows: readonly TableRow[]): Map<string, TableRow> {
  return new Map(rows.filter((row) => row.target === 'hive').map((row) => [row.workload, row]));
}

/** The printed table: Markdown, so it pastes into docs/performance.md and an issue as it is. */
export function formatTable(rows: readonly TableRow[], machine: MachineInfo): string {
  const hive = hiveRows(rows);
  const header = ['workload', 'target', 'req/s', 'p50', 'p99', 'errors', 'ratio vs Hive'];
  const body = rows.map((row) => [
    row.workload,
    row.target,
    formatRate(row.result.requestsPerSecond),
    formatMs(row.result.p50Ms),
    formatMs(row.result.p99Ms),
    row.result.late > 0 ? `${row.result.errors} (${row.result.late} late)` : String(row.result.errors),
    formatRatio(ratioVsHive(row, hive.get(row.workload))),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  const lines = [
    `Machine: ${machine.cores} cores (${machine.cpuModel}), Node ${machine.node}; ${machine.date}`,
    `Run: ${machine.settings}`,
    'Load generator, gateways, services and PostgreSQL share these cores: compare ratios, not absolute figures.',
    '',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...body.map(line),
  ];
  const overheads = gatewayOverheads(rows);
  if (overheads.length > 0) {
    lines.push('', ...overheads.map((overhead) => `Gateway overhead, ${overhead.workload}: p99 ${overhead.target} − p99 ${overhead.subgraph} = ${formatMs(overhead.ms)}`));
  }
  return lines.join('\n');
}

export interface GatewayOverhead {
  workload: string;
  target: string;
  subgraph: string;
  ms: number;
}

/** For each even-rate workload: a gateway's p99 minus the slowest subgraph's own p99. */
export function gatewayOverheads(rows: readonly TableRow[]): GatewayOverhead[] {
  const overheads: GatewayOverhead[] = [];
  for (const row of rows) {
    if (row.kind !== 'rate' || row.target.startsWith('subgraph')) continue;
    const subgraph = rows.find((other) => other.workload === row.workload && other.target.startsWith('subgraph'));
    if (!subgraph) continue;
    overheads.push({ workload: row.workload, target: row.target, subgraph: subgraph.target, ms: row.result.p99Ms - subgraph.result.p99Ms });
  }
  return overheads;
}
