import { ORGANISATION_KINDS, SECTORS } from '@pdv/contracts';
import { AppError, Problems, ruleViolation } from '@pdv/errors';
import { addDays, daysBetween, isLocalDate, type LocalDate, periodsOverlap } from '@pdv/calendar';
import type { OrganisationPolicy } from './organisation.policy';
import { DEFAULT_ORGANISATION_POLICY } from './organisation.policy';
import { ORGANISATION_RULES as R } from './organisation.rules';
import {
  activeVersionsAt,
  applyPlan,
  descendantIdsAsOf,
  isCellKind,
  isParentKindAllowed,
  versionAt,
  versionsOf,
} from './organisation-tree.query';
import type {
  MemberMove,
  MemberPlacement,
  OrganisationAttributes,
  OrganisationKind,
  OrganisationPlan,
  OrganisationVersion,
  Sector,
} from './organisation.types';

/** What every planning function needs: the whole history, today, and the ward's policy. */
export interface OrganisationContext {
  versions: readonly OrganisationVersion[];
  today: LocalDate;
  policy?: OrganisationPolicy;
}

/** For changes that can strand members: the active members placed in the organisations concerned on the effective date. */
export interface PlacementContext extends OrganisationContext {
  memberPlacements: readonly MemberPlacement[];
}

export interface NewOrganisationInput extends OrganisationAttributes {
  organisationId: string;
}

export interface RegisterOrganisationInput extends NewOrganisationInput {
  validFrom: LocalDate;
}

/** Rename, recode, re-sector or re-kind from a date; omitted values stay as they are. */
export interface ReviseOrganisationInput {
  organisationId: string;
  effectiveDate: LocalDate;
  name?: string;
  code?: string;
  sector?: Sector;
  kind?: OrganisationKind;
}

export interface MoveOrganisationInput {
  organisationId: string;
  effectiveDate: LocalDate;
  parentId: string;
}

export interface CloseOrganisationInput {
  organisationId: string;
  effectiveDate: LocalDate;
}

export type MergeTarget = { existingId: string } | { create: NewOrganisationInput };

export interface MergeOrganisationsInput {
  effectiveDate: LocalDate;
  sourceIds: readonly string[];
  target: MergeTarget;
}

export interface SplitOrganisationInput {
  effectiveDate: LocalDate;
  sourceId: string;
  newOrganisations: readonly NewOrganisationInput[];
  /** Every member placed in the source, each to one of the new organisations. */
  memberAllocations: readonly { memberId: string; organisationId: string }[];
  /** Every subordinate organisation of the source, each under one of the new organisations. */
  childAllocations: readonly { organisationId: string; parentId: string }[];
}

const KIND_LABEL: Record<OrganisationKind, string> = {
  WARD_COMMITTEE: 'a ward committee',
  GRASSROOTS_COMMITTEE: 'a grassroots committee',
  GRASSROOTS_CELL: 'a grassroots cell',
  PARTY_CELL: 'a party cell',
};

function policyOf(ctx: OrganisationContext): OrganisationPolicy {
  return ctx.policy ?? DEFAULT_ORGANISATION_POLICY;
}

function emptyPlan(): OrganisationPlan {
  return { close: [], open: [], memberMoves: [], closed: [] };
}

function normalisedCode(code: string): string {
  return code.trim().toUpperCase();
}

// ---- input shape -------------------------------------------------------------------------

function checkDate(problems: Problems, field: string, value: unknown): void {
  if (!isLocalDate(value)) problems.add(field, 'must be a real date written YYYY-MM-DD');
}

function checkText(problems: Problems, field: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') problems.add(field, 'must not be empty');
}

function checkKind(problems: Problems, field: string, value: unknown): void {
  if (!(ORGANISATION_KINDS as readonly unknown[]).includes(value)) problems.add(field, `must be one of ${ORGANISATION_KINDS.join(', ')}`);
}

function checkSector(problems: Problems, field: string, value: unknown): void {
  if (!(SECTORS as readonly unknown[]).includes(value)) problems.add(field, `must be one of ${SECTORS.join(', ')}`);
}

function checkNewOrganisation(problems: Problems, prefix: string, input: NewOrganisationInput): void {
  checkText(problems, `${prefix}.organisationId`, input.organisationId);
  checkKind(problems, `${prefix}.kind`, input.kind);
  checkSector(problems, `${prefix}.sector`, input.sector);
  checkText(problems, `${prefix}.code`, input.code);
  checkText(problems, `${prefix}.name`, input.name);
}

function newRow(input: NewOrganisationInput, validFrom: LocalDate): OrganisationVersion {
  return {
    organisationId: input.organisationId,
    validFrom,
    validTo: null,
    parentId: input.parentId,
    kind: input.kind,
    sector: input.sector,
    code: input.code.trim(),
    name: input.name.trim(),
  };
}

// ---- rule checks ---------------------------------------------------------------------------

function checkNotTooFarAhead(ctx: OrganisationContext, date: LocalDate): void {
  const { maxFutureDays } = policyOf(ctx);
  if (date > addDays(ctx.today, maxFutureDays)) {
    throw ruleViolation(
      R['ORG.EFFECTIVE_DATE_WINDOW'],
      `The effective date ${date} is ${daysBetween(ctx.today, date)} day(s) after today; the policy allows ${maxFutureDays}.`,
      { effectiveDate: date, maxFutureDays },
    );
  }
}

/**
 * The open row of an organisation that a plan changes from `date`: it must exist, not be
 * closed, and `date` must not precede the open row (history is only ever appended to).
 */
function requireChangeable(ctx: OrganisationContext, organisationId: string, date: LocalDate): OrganisationVersion {
  const rows = versionsOf(ctx.versions, organisationId);
  if (rows.length === 0) throw AppError.notFound('Organisation', organisationId);
  const open = rows.find((row) => row.validTo === null);
  if (!open) {
    const last = rows[rows.length - 1];
    throw ruleViolation(R['ORG.CLOSED_IS_FINAL'], `Organisation ${last.code} closed on ${last.validTo}.`, { organisationId });
  }
  if (date < open.validFrom) {
    throw ruleViolation(
      R['ORG.EFFECTIVE_DATE_WINDOW'],
      `The current version of organisation ${open.code} starts on ${open.validFrom}, after the effective date ${date}.`,
      { organisationId, effectiveDate: date, currentValidFrom: open.validFrom },
    );
  }
  return open;
}

/**
 * The row in force on `date` of an organisation the change refers to (a parent or a
 * target). It must be active that day and stay open: not closed later, not closed by this plan.
 */
function requireActive(
  versions: readonly OrganisationVersion[],
  organisationId: string,
  date: LocalDate,
  role: string,
  closing: ReadonlySet<string> = new Set(),
  mustStayOpen = true,
): OrganisationVersion {
  const rows = versionsOf(versions, organisationId);
  const details = { organisationId, date };
  if (rows.length === 0) throw ruleViolation(R['ORG.ORGANISATION_ACTIVE'], `The ${role} does not exist.`, details);
  const row = versionAt(rows, date);
  if (!row) throw ruleViolation(R['ORG.ORGANISATION_ACTIVE'], `The ${role} (${rows[0].code}) is not active on ${date}.`, details);
  if (closing.has(organisationId)) {
    throw ruleViolation(R['ORG.ORGANISATION_ACTIVE'], `The ${role} (${row.code}) is closed by this same change.`, details);
  }
  if (mustStayOpen && !rows.some((r) => r.validTo === null)) {
    throw ruleViolation(R['ORG.ORGANISATION_ACTIVE'], `The ${role} (${row.code}) closes on ${rows[rows.length - 1].validTo}.`, details);
  }
  return row;
}

function checkParentKind(kind: OrganisationKind, parentKind: OrganisationKind | null, subject: string): void {
  if (isParentKindAllowed(kind, parentKind)) return;
  const specifics =
    parentKind === null
      ? `${subject} is ${KIND_LABEL[kind]}, which needs a parent.`
      : `${subject} is ${KIND_LABEL[kind]}, which cannot sit under ${KIND_LABEL[parentKind]}.`;
  throw ruleViolation(R['ORG.PARENT_KIND'], specifics, { kind, parentKind });
}

/** The parent named for a new or re-parented row: kind allowed, active on the date, not closing. */
function checkParent(
  versions: readonly OrganisationVersion[],
  kind: OrganisationKind,
  parentId: string | null,
  date: LocalDate,
  subject: string,
  closing: ReadonlySet<string> = new Set(),
): void {
  if (isParentKindAllowed(kind, null)) {
    if (parentId !== null) throw ruleViolation(R['ORG.PARENT_KIND'], `${subject} is ${KIND_LABEL[kind]}, which has no parent.`, { kind });
    return;
  }
  if (parentId === null) {
    checkParentKind(kind, null, subject);
    return;
  }
  const parent = requireActive(versions, parentId, date, 'parent', closing);
  checkParentKind(kind, parent.kind, subject);
}

/** Codes are unique among organisations whose rows overlap (case and surrounding spaces ignored). */
function checkCodesUnique(result: readonly OrganisationVersion[], opened: readonly OrganisationVersion[]): void {
  for (const row of opened) {
    const clash = result.find(
      (other) =>
        other.organisationId !== row.organisationId &&
        normalisedCode(other.code) === normalisedCode(row.code) &&
        periodsOverlap(row.validFrom, row.validTo, other.validFrom, other.validTo),
    );
    if (clash) {
      throw AppError.conflict(`The code ${row.code} is already used by another organisation active from ${row.validFrom}.`, {
        code: row.code,
        organisationId: row.organisationId,
        conflictingOrganisationId: clash.organisationId,
      });
    }
  }
}

/** No organisation is its own ancestor on `from` or on any later day the history changes. */
function checkAcyclic(result: readonly OrganisationVersion[], from: LocalDate): void {
  const boundaries = new Set<LocalDate>([from]);
  for (const row of result) {
    if (row.validFrom > from) boundaries.add(row.validFrom);
    if (row.validTo !== null && row.validTo > from) boundaries.add(row.validTo);
  }
  for (const date of [...boundaries].sort()) {
    const active = activeVersionsAt(result, date);
    for (const start of active.values()) {
      const seen = new Set<string>();
      let current: OrganisationVersion | undefined = start;
      while (current && current.parentId !== null) {
        if (seen.has(current.organisationId)) {
          throw ruleViolation(R['ORG.NO_CYCLE'], `Organisation ${start.code} would end up under itself from ${date}.`, {
            organisationId: start.organisationId,
            date,
          });
        }
        seen.add(current.organisationId);
        current = active.get(current.parentId);
      }
    }
  }
}

/** Rows that name `parentId` as their parent at any time from `date` on. */
function childRowsFrom(versions: readonly OrganisationVersion[], parentId: string, date: LocalDate): OrganisationVersion[] {
  return versions.filter((v) => v.parentId === parentId && periodsOverlap(date, null, v.validFrom, v.validTo));
}

/**
 * The child rows to re-parent when their parent closes on `date`: each must be the child's
 * open row, begun no later than `date` (otherwise later history would be contradicted).
 */
function childrenToReparent(ctx: OrganisationContext, parentIds: readonly string[], date: LocalDate, closing: ReadonlySet<string>): OrganisationVersion[] {
  const rows = parentIds.flatMap((id) => childRowsFrom(ctx.versions, id, date)).filter((row) => !closing.has(row.organisationId));
  for (const row of rows) {
    if (row.validTo !== null || row.validFrom > date) {
      throw ruleViolation(
        R['ORG.EFFECTIVE_DATE_WINDOW'],
        `Subordinate organisation ${row.code} has changes recorded after ${date}; the change would contradict them.`,
        { organisationId: row.organisationId, effectiveDate: date },
      );
    }
  }
  return rows;
}

function reparent(plan: OrganisationPlan, row: OrganisationVersion, parentId: string, date: LocalDate): void {
  plan.close.push({ organisationId: row.organisationId, validFrom: row.validFrom, validTo: date });
  plan.open.push({ ...row, parentId, validFrom: date, validTo: null });
}

function finish(ctx: OrganisationContext, plan: OrganisationPlan, date: LocalDate): OrganisationPlan {
  const result = applyPlan(ctx.versions, plan);
  checkCodesUnique(result, plan.open);
  checkAcyclic(result, date);
  return plan;
}

function requireNewId(ctx: OrganisationContext, organisationId: string): void {
  if (ctx.versions.some((v) => v.organisationId === organisationId)) {
    throw AppError.conflict('An organisation with this id already exists.', { organisationId });
  }
}

// ---- planning functions ---------------------------------------------------------------------

/** A new organisation from `validFrom`. Throws BAD_USER_INPUT, RULE_VIOLATION or CONFLICT. */
export function planRegisterOrganisation(input: RegisterOrganisationInput, ctx: OrganisationContext): OrganisationPlan {
  const problems = new Problems();
  checkNewOrganisation(problems, 'input', input);
  checkDate(problems, 'input.validFrom', input.validFrom);
  problems.throwIfAny();

  requireNewId(ctx, input.organisationId);
  checkNotTooFarAhead(ctx, input.validFrom);
  checkParent(ctx.versions, input.kind, input.parentId, input.validFrom, 'The new organisation');
  const plan = emptyPlan();
  plan.open.push(newRow(input, input.validFrom));
  return finish(ctx, plan, input.validFrom);
}

/**
 * New name, code, sector and/or kind from `effectiveDate`. A change of kind must still fit
 * the parent and the subordinate organisations, and a cell with members stays a cell.
 */
export function planReviseOrganisation(
  input: ReviseOrganisationInput,
  ctx: OrganisationContext & { memberPlacements?: readonly MemberPlacement[] },
): OrganisationPlan {
  const problems = new Problems();
  checkDate(problems, 'input.effectiveDate', input.effectiveDate);
  if (input.name !== undefined) checkText(problems, 'input.name', input.name);
  if (input.code !== undefined) checkText(problems, 'input.code', input.code);
  if (input.sector !== undefined) checkSector(problems, 'input.sector', input.sector);
  if (input.kind !== undefined) checkKind(problems, 'input.kind', input.kind);
  problems.throwIfAny();

  const date = input.effectiveDate;
  const open = requireChangeable(ctx, input.organisationId, date);
  checkNotTooFarAhead(ctx, date);
  const next: OrganisationVersion = {
    ...open,
    name: input.name?.trim() ?? open.name,
    code: input.code?.trim() ?? open.code,
    sector: input.sector ?? open.sector,
    kind: input.kind ?? open.kind,
    validFrom: date,
    validTo: null,
  };
  if (next.name === open.name && next.code === open.code && next.sector === open.sector && next.kind === open.kind) {
    throw ruleViolation(R['ORG.CHANGE_MUST_CHANGE_SOMETHING'], `The values given for organisation ${open.code} are its current ones.`);
  }
  if (next.kind !== open.kind) {
    checkParent(ctx.versions, next.kind, open.parentId, date, `Organisation ${open.code}`);
    for (const child of childRowsFrom(ctx.versions, open.organisationId, date)) {
      checkParentKind(child.kind, next.kind, `Subordinate organisation ${child.code}`);
    }
    const members = (ctx.memberPlacements ?? []).filter((p) => p.organisationId === open.organisationId).length;
    if (!isCellKind(next.kind) && members > 0) {
      throw ruleViolation(R['ORG.MEMBERS_ONLY_IN_CELLS'], `Organisation ${open.code} has ${members} member(s) and would no longer be a cell.`, {
        organisationId: open.organisationId,
        members,
      });
    }
  }
  const plan = emptyPlan();
  plan.close.push({ organisationId: open.organisationId, validFrom: open.validFrom, validTo: date });
  plan.open.push(next);
  return finish(ctx, plan, date);
}

/** Places an organisation under another parent from `effectiveDate`. */
export function planMoveOrganisation(input: MoveOrganisationInput, ctx: OrganisationContext): OrganisationPlan {
  const problems = new Problems();
  checkDate(problems, 'input.effectiveDate', input.effectiveDate);
  checkText(problems, 'input.parentId', input.parentId);
  problems.throwIfAny();

  const date = input.effectiveDate;
  const open = requireChangeable(ctx, input.organisationId, date);
  checkNotTooFarAhead(ctx, date);
  if (input.parentId === open.parentId) {
    throw ruleViolation(R['ORG.CHANGE_MUST_CHANGE_SOMETHING'], `Organisation ${open.code} is already under this parent.`);
  }
  if (input.parentId === open.organisationId || descendantIdsAsOf(ctx.versions, open.organisationId, date).includes(input.parentId)) {
    throw ruleViolation(R['ORG.NO_CYCLE'], `The new parent of organisation ${open.code} is the organisation itself or one of its subordinates.`, {
      organisationId: open.organisationId,
      parentId: input.parentId,
    });
  }
  checkParent(ctx.versions, open.kind, input.parentId, date, `Organisation ${open.code}`);
  const plan = emptyPlan();
  reparent(plan, open, input.parentId, date);
  return finish(ctx, plan, date);
}

/** Dissolves an organisation from `effectiveDate` (its last day is the day before). */
export function planCloseOrganisation(input: CloseOrganisationInput, ctx: PlacementContext): OrganisationPlan {
  const problems = new Problems();
  checkDate(problems, 'input.effectiveDate', input.effectiveDate);
  problems.throwIfAny();

  const date = input.effectiveDate;
  const open = requireChangeable(ctx, input.organisationId, date);
  checkNotTooFarAhead(ctx, date);
  const children = new Set(childRowsFrom(ctx.versions, open.organisationId, date).map((row) => row.organisationId)).size;
  const members = ctx.memberPlacements.filter((p) => p.organisationId === open.organisationId).length;
  if (children > 0 || members > 0) {
    throw ruleViolation(
      R['ORG.CLOSE_REQUIRES_EMPTY'],
      `Organisation ${open.code} still has ${children} subordinate organisation(s) and ${members} member(s) on ${date}.`,
      { organisationId: open.organisationId, children, members },
    );
  }
  const plan = emptyPlan();
  plan.close.push({ organisationId: open.organisationId, validFrom: open.validFrom, validTo: date });
  plan.closed.push({ organisationId: open.organisationId, effectiveDate: date, reason: 'DISSOLVED', successorIds: [] });
  return plan;
}

/**
 * Merges the sources into a new or an existing target from `effectiveDate`: the sources
 * close, their subordinate organisations move under the target and every member placed in
 * a source is re-placed in the target (returned as member moves). Merges join units of one
 * level: every source is of the target's kind.
 */
export function planMergeOrganisations(input: MergeOrganisationsInput, ctx: PlacementContext): OrganisationPlan {
  const problems = new Problems();
  checkDate(problems, 'input.effectiveDate', input.effectiveDate);
  if ('create' in input.target) checkNewOrganisation(problems, 'input.target.create', input.target.create);
  else checkText(problems, 'input.target.existingId', input.target.existingId);
  input.sourceIds.forEach((id, i) => checkText(problems, `input.sourceIds[${i}]`, id));
  problems.throwIfAny();

  const date = input.effectiveDate;
  const sources = [...new Set(input.sourceIds)];
  const targetId = 'create' in input.target ? input.target.create.organisationId : input.target.existingId;
  const organisationsJoined = sources.length + ('create' in input.target ? 0 : 1);
  if (sources.length !== input.sourceIds.length || sources.includes(targetId) || sources.length === 0 || organisationsJoined < 2) {
    throw ruleViolation(
      R['ORG.MERGE_COMPOSITION'],
      `The merge names ${input.sourceIds.length} source(s), ${sources.length} distinct, and a target that is ${sources.includes(targetId) ? '' : 'not '}among them.`,
    );
  }
  checkNotTooFarAhead(ctx, date);
  const sourceRows = sources.map((id) => requireChangeable(ctx, id, date));
  const closing = new Set(sources);

  const plan = emptyPlan();
  let targetKind: OrganisationKind;
  if ('create' in input.target) {
    const create = input.target.create;
    requireNewId(ctx, create.organisationId);
    checkParent(ctx.versions, create.kind, create.parentId, date, 'The merged organisation', closing);
    plan.open.push(newRow(create, date));
    targetKind = create.kind;
  } else {
    const target = requireActive(ctx.versions, targetId, date, 'merge target', closing);
    for (const source of sourceRows) {
      if (descendantIdsAsOf(ctx.versions, source.organisationId, date).includes(targetId)) {
        throw ruleViolation(R['ORG.NO_CYCLE'], `The merge target ${target.code} is subordinate to the source ${source.code}.`, {
          organisationId: targetId,
          sourceId: source.organisationId,
        });
      }
    }
    targetKind = target.kind;
  }
  const otherKind = sourceRows.find((source) => source.kind !== targetKind);
  if (otherKind) {
    throw ruleViolation(
      R['ORG.MERGE_SAME_KIND'],
      `Source ${otherKind.code} is ${KIND_LABEL[otherKind.kind]} and the merge target is ${KIND_LABEL[targetKind]}.`,
      { organisationId: targetId, targetKind, sourceId: otherKind.organisationId, sourceKind: otherKind.kind },
    );
  }

  for (const source of sourceRows) {
    plan.close.push({ organisationId: source.organisationId, validFrom: source.validFrom, validTo: date });
    plan.closed.push({ organisationId: source.organisationId, effectiveDate: date, reason: 'MERGED', successorIds: [targetId] });
  }
  for (const child of childrenToReparent(ctx, sources, date, closing)) {
    checkParentKind(child.kind, targetKind, `Subordinate organisation ${child.code}`);
    reparent(plan, child, targetId, date);
  }
  const moves: MemberMove[] = ctx.memberPlacements
    .filter((p) => closing.has(p.organisationId))
    .map((p) => ({ memberId: p.memberId, fromOrganisationId: p.organisationId, toOrganisationId: targetId, effectiveDate: date }));
  if (moves.length > 0 && !isCellKind(targetKind)) {
    throw ruleViolation(R['ORG.MEMBERS_ONLY_IN_CELLS'], `The sources have ${moves.length} member(s) and the merge target is not a cell.`, {
      organisationId: targetId,
      members: moves.length,
    });
  }
  plan.memberMoves.push(...moves);
  return finish(ctx, plan, date);
}

/**
 * Splits one organisation into two or more new ones from `effectiveDate`, with an explicit
 * allocation of every member and every subordinate organisation: nothing is left behind.
 */
export function planSplitOrganisation(input: SplitOrganisationInput, ctx: PlacementContext): OrganisationPlan {
  const problems = new Problems();
  checkDate(problems, 'input.effectiveDate', input.effectiveDate);
  checkText(problems, 'input.sourceId', input.sourceId);
  input.newOrganisations.forEach((org, i) => checkNewOrganisation(problems, `input.newOrganisations[${i}]`, org));
  problems.throwIfAny();

  const date = input.effectiveDate;
  const newIds = input.newOrganisations.map((org) => org.organisationId);
  if (newIds.length < 2 || new Set(newIds).size !== newIds.length || newIds.includes(input.sourceId)) {
    throw ruleViolation(R['ORG.SPLIT_COMPOSITION'], `The split describes ${newIds.length} new organisation(s), ${new Set(newIds).size} with distinct new ids.`);
  }
  newIds.forEach((id) => requireNewId(ctx, id));
  checkNotTooFarAhead(ctx, date);
  const source = requireChangeable(ctx, input.sourceId, date);
  const closing = new Set([source.organisationId]);
  const newById = new Map(input.newOrganisations.map((org) => [org.organisationId, org]));
  for (const org of input.newOrganisations) {
    checkParent(ctx.versions, org.kind, org.parentId, date, `New organisation ${org.code.trim()}`, closing);
  }

  const plan = emptyPlan();
  plan.close.push({ organisationId: source.organisationId, validFrom: source.validFrom, validTo: date });
  plan.closed.push({ organisationId: source.organisationId, effectiveDate: date, reason: 'SPLIT', successorIds: newIds });
  plan.open.push(...input.newOrganisations.map((org) => newRow(org, date)));

  // Members: each member of the source exactly once, to a new organisation that is a cell.
  const inSource = new Set(ctx.memberPlacements.filter((p) => p.organisationId === source.organisationId).map((p) => p.memberId));
  const allocatedTo = new Map<string, string>();
  let duplicates = 0;
  let strangers = 0;
  let unknownTargets = 0;
  for (const allocation of input.memberAllocations) {
    if (allocatedTo.has(allocation.memberId)) duplicates += 1;
    else if (!inSource.has(allocation.memberId)) strangers += 1;
    else if (!newById.has(allocation.organisationId)) unknownTargets += 1;
    allocatedTo.set(allocation.memberId, allocation.organisationId);
  }
  const unallocated = [...inSource].filter((id) => !allocatedTo.has(id)).length;
  if (duplicates + strangers + unknownTargets + unallocated > 0) {
    throw ruleViolation(
      R['ORG.SPLIT_ALLOCATION'],
      `Members: ${unallocated} not allocated, ${duplicates} allocated more than once, ${strangers} not in the source, ${unknownTargets} allocated outside the new organisations.`,
      { unallocated, duplicates, strangers, unknownTargets },
    );
  }
  for (const memberId of inSource) {
    const toId = allocatedTo.get(memberId) as string;
    const target = newById.get(toId) as NewOrganisationInput;
    if (!isCellKind(target.kind)) {
      throw ruleViolation(R['ORG.MEMBERS_ONLY_IN_CELLS'], `New organisation ${target.code.trim()} receives members but is not a cell.`, {
        organisationId: toId,
      });
    }
    plan.memberMoves.push({ memberId, fromOrganisationId: source.organisationId, toOrganisationId: toId, effectiveDate: date });
  }

  // Subordinate organisations: each exactly once, under a new organisation of a fitting kind.
  const children = childrenToReparent(ctx, [source.organisationId], date, closing);
  const childIds = new Set(children.map((row) => row.organisationId));
  const parentOf = new Map<string, string>();
  for (const allocation of input.childAllocations) {
    if (parentOf.has(allocation.organisationId) || !childIds.has(allocation.organisationId) || !newById.has(allocation.parentId)) {
      throw ruleViolation(
        R['ORG.SPLIT_ALLOCATION'],
        `Subordinate organisation ${allocation.organisationId} is allocated more than once, is not subordinate to the source, or is allocated outside the new organisations.`,
        { organisationId: allocation.organisationId },
      );
    }
    parentOf.set(allocation.organisationId, allocation.parentId);
  }
  const leftOver = children.filter((row) => !parentOf.has(row.organisationId));
  if (leftOver.length > 0) {
    throw ruleViolation(
      R['ORG.SPLIT_ALLOCATION'],
      `${leftOver.length} subordinate organisation(s) are not allocated: ${leftOver.map((row) => row.code).join(', ')}.`,
      { unallocatedChildren: leftOver.length },
    );
  }
  for (const child of children) {
    const parentId = parentOf.get(child.organisationId) as string;
    checkParentKind(child.kind, (newById.get(parentId) as NewOrganisationInput).kind, `Subordinate organisation ${child.code}`);
    reparent(plan, child, parentId, date);
  }
  return finish(ctx, plan, date);
}

// ---- cells ----------------------------------------------------------------------------------

/** Whether a cell with this many official members may hold a vote (Charter: at least 3). */
export function canCellVote(officialCount: number, policy: OrganisationPolicy = DEFAULT_ORGANISATION_POLICY): boolean {
  return officialCount >= policy.minOfficialMembersToVote;
}

export function assertCellCanVote(officialCount: number, policy: OrganisationPolicy = DEFAULT_ORGANISATION_POLICY): void {
  if (!canCellVote(officialCount, policy)) {
    throw ruleViolation(
      R['ORG.CELL_VOTING_QUORUM'],
      `The cell has ${officialCount} official member(s); at least ${policy.minOfficialMembersToVote} are needed.`,
      { officialCount, minimum: policy.minOfficialMembersToVote },
    );
  }
}

/** A member can be placed in `organisationId` on `date`: it is active that day and is a cell. */
export function assertCellForMembers(versions: readonly OrganisationVersion[], organisationId: string, date: LocalDate): OrganisationVersion {
  const row = requireActive(versions, organisationId, date, "member's cell", new Set(), false);
  if (!isCellKind(row.kind)) {
    throw ruleViolation(R['ORG.MEMBERS_ONLY_IN_CELLS'], `Organisation ${row.code} is ${KIND_LABEL[row.kind]}.`, { organisationId, kind: row.kind });
  }
  return row;
}
