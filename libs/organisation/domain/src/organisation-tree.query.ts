import { isWithin, type LocalDate, periodsOverlap } from '@pdv/calendar';
import type { OrganisationKind, OrganisationPlan, OrganisationVersion } from './organisation.types';

export const CELL_KINDS: readonly OrganisationKind[] = ['GRASSROOTS_CELL', 'PARTY_CELL'];

/** Parent kinds each kind may sit under; an empty list means "no parent" (the root). */
export const ALLOWED_PARENT_KINDS: Readonly<Record<OrganisationKind, readonly OrganisationKind[]>> = {
  WARD_COMMITTEE: [],
  GRASSROOTS_COMMITTEE: ['WARD_COMMITTEE'],
  GRASSROOTS_CELL: ['WARD_COMMITTEE'],
  PARTY_CELL: ['GRASSROOTS_COMMITTEE', 'WARD_COMMITTEE'],
};

export function isCellKind(kind: OrganisationKind): boolean {
  return CELL_KINDS.includes(kind);
}

/** Whether `kind` may sit under a parent of `parentKind` (null = no parent). */
export function isParentKindAllowed(kind: OrganisationKind, parentKind: OrganisationKind | null): boolean {
  const allowed = ALLOWED_PARENT_KINDS[kind];
  return parentKind === null ? allowed.length === 0 : allowed.includes(parentKind);
}

/**
 * The row in force on `date`, from the rows of one organisation (or, with `organisationId`,
 * from rows of many). Undefined when the organisation does not exist on that date.
 */
export function versionAt(
  versions: readonly OrganisationVersion[],
  date: LocalDate,
  organisationId?: string,
): OrganisationVersion | undefined {
  const matches = versions.filter(
    (v) => (organisationId === undefined || v.organisationId === organisationId) && isWithin(date, v.validFrom, v.validTo),
  );
  if (new Set(matches.map((v) => v.organisationId)).size > 1) {
    throw new Error('versionAt was given rows of several organisations: pass the organisationId');
  }
  return matches[0];
}

// By start, then by end (a row superseded the day it began comes before its successor).
function compareRows(a: OrganisationVersion, b: OrganisationVersion): number {
  if (a.validFrom !== b.validFrom) return a.validFrom < b.validFrom ? -1 : 1;
  if (a.validTo === b.validTo) return 0;
  if (a.validTo === null) return 1;
  if (b.validTo === null) return -1;
  return a.validTo < b.validTo ? -1 : 1;
}

/** Every row of one organisation, oldest first. */
export function versionsOf(allVersions: readonly OrganisationVersion[], organisationId: string): OrganisationVersion[] {
  return allVersions
    .filter((v) => v.organisationId === organisationId)
    .sort((a, b) => compareRows(a, b));
}

/** The organisation's open row (validTo = null); undefined when it is closed or unknown. */
export function openVersionOf(allVersions: readonly OrganisationVersion[], organisationId: string): OrganisationVersion | undefined {
  return allVersions.find((v) => v.organisationId === organisationId && v.validTo === null);
}

/** The row in force on `date` for every organisation active that day. */
export function activeVersionsAt(allVersions: readonly OrganisationVersion[], date: LocalDate): Map<string, OrganisationVersion> {
  const active = new Map<string, OrganisationVersion>();
  for (const version of allVersions) {
    if (isWithin(date, version.validFrom, version.validTo)) active.set(version.organisationId, version);
  }
  return active;
}

export function isActiveOn(allVersions: readonly OrganisationVersion[], organisationId: string, date: LocalDate): boolean {
  return versionAt(allVersions, date, organisationId) !== undefined;
}

/** Whether the organisation exists on at least one day of [from, to). */
export function isActiveDuring(
  allVersions: readonly OrganisationVersion[],
  organisationId: string,
  from: LocalDate,
  to: LocalDate | null,
): boolean {
  return allVersions.some((v) => v.organisationId === organisationId && periodsOverlap(from, to, v.validFrom, v.validTo));
}

export interface OrganisationNode extends OrganisationVersion {
  children: OrganisationNode[];
}

function byCodeThenName(a: OrganisationVersion, b: OrganisationVersion): number {
  return a.code.localeCompare(b.code, 'vi') || a.name.localeCompare(b.name, 'vi') || (a.organisationId < b.organisationId ? -1 : 1);
}

function childrenIndex(active: Map<string, OrganisationVersion>): Map<string, OrganisationVersion[]> {
  const index = new Map<string, OrganisationVersion[]>();
  for (const version of active.values()) {
    if (version.parentId === null) continue;
    const siblings = index.get(version.parentId) ?? [];
    siblings.push(version);
    index.set(version.parentId, siblings);
  }
  for (const siblings of index.values()) siblings.sort(byCodeThenName);
  return index;
}

/**
 * The tree under `rootId` as it stood on `date` (children ordered by code), or null when the
 * root is not active that day. Rows whose parent is not active that day are not reachable,
 * so they do not appear.
 */
export function buildTreeAsOf(allVersions: readonly OrganisationVersion[], rootId: string, date: LocalDate): OrganisationNode | null {
  const active = activeVersionsAt(allVersions, date);
  const root = active.get(rootId);
  if (!root) return null;
  const index = childrenIndex(active);
  const visited = new Set<string>();
  const build = (version: OrganisationVersion): OrganisationNode => {
    visited.add(version.organisationId);
    const children = (index.get(version.organisationId) ?? []).filter((child) => !visited.has(child.organisationId));
    return { ...version, children: children.map(build) };
  };
  return build(root);
}

/**
 * Ids of every organisation under `rootId` on `date`, breadth first in tree order; with
 * `includeSelf` the root comes first. Empty when the root is not active that day.
 */
export function descendantIdsAsOf(
  allVersions: readonly OrganisationVersion[],
  rootId: string,
  date: LocalDate,
  options: { includeSelf?: boolean } = {},
): string[] {
  const active = activeVersionsAt(allVersions, date);
  if (!active.has(rootId)) return [];
  const index = childrenIndex(active);
  const result: string[] = [];
  const seen = new Set<string>([rootId]);
  const queue = [rootId];
  for (let next = 0; next < queue.length; next += 1) {
    const id = queue[next];
    for (const child of index.get(id) ?? []) {
      if (seen.has(child.organisationId)) continue;
      seen.add(child.organisationId);
      result.push(child.organisationId);
      queue.push(child.organisationId);
    }
  }
  return options.includeSelf ? [rootId, ...result] : result;
}

/**
 * The history after a plan: closes the open rows it names and adds the rows it opens. The
 * reference for what the service's transaction does; specs and the seed use it too.
 */
export function applyPlan(allVersions: readonly OrganisationVersion[], plan: Pick<OrganisationPlan, 'close' | 'open'>): OrganisationVersion[] {
  const result = allVersions.map((version) => {
    const closure = plan.close.find(
      (c) => c.organisationId === version.organisationId && c.validFrom === version.validFrom && version.validTo === null,
    );
    return closure ? { ...version, validTo: closure.validTo } : version;
  });
  return [...result, ...plan.open.map((version) => ({ ...version }))];
}
