import { checkOptionalText, checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type {
  CloseOrganisationInput as CloseCommand,
  MergeOrganisationsInput as MergeCommand,
  MoveOrganisationInput as MoveCommand,
  NewOrganisationInput as NewOrganisationCommand,
  RegisterOrganisationInput as RegisterCommand,
  ReviseOrganisationInput as ReviseCommand,
} from '@pdv/organisation-domain';
import { newId } from '../common/ids';
import { containsPattern } from '@pdv/persistence';
import { foldDiacritics } from '@pdv/vn-identity';
import type { OrganisationFilterValues } from './organisation.queries';
import type {
  CloseOrganisationInput,
  MergeOrganisationsInput,
  MoveOrganisationInput,
  NewOrganisationInput,
  OrganisationFilter,
  RegisterOrganisationInput,
  ReviseOrganisationInput,
  SplitOrganisationInput,
} from './organisation.input';

/**
 * GraphQL inputs → the domain's commands. These checks cover what the schema cannot (ids
 * are UUIDs, text is present and bounded) and report every problem at once; the domain's
 * planning functions then check the rules. New organisation ids are generated here.
 */

/** A change to the tree: the domain's command plus the reason kept in the history. */
export interface Justified<T> {
  command: T;
  note: string;
}

function checkNewOrganisation(problems: Problems, prefix: string, input: NewOrganisationInput): void {
  checkRequiredText(problems, `${prefix}.code`, input.code, TEXT_LIMITS.code);
  checkRequiredText(problems, `${prefix}.name`, input.name, TEXT_LIMITS.name);
}

function newOrganisation(input: NewOrganisationInput): NewOrganisationCommand {
  return { organisationId: newId(), parentId: input.parentId ?? null, kind: input.kind, sector: input.sector, code: input.code, name: input.name };
}

function checkReason(problems: Problems, reason: string): void {
  checkRequiredText(problems, 'input.reason', reason, TEXT_LIMITS.note);
}

export function parseRegisterOrganisation(input: RegisterOrganisationInput): Justified<RegisterCommand> {
  const problems = new Problems();
  checkNewOrganisation(problems, 'input', input);
  checkReason(problems, input.reason);
  problems.throwIfAny();
  return { command: { ...newOrganisation(input), validFrom: input.validFrom }, note: input.reason.trim() };
}

export function parseReviseOrganisation(input: ReviseOrganisationInput): Justified<ReviseCommand> {
  const problems = new Problems();
  if (input.name !== null && input.name !== undefined) checkRequiredText(problems, 'input.name', input.name, TEXT_LIMITS.name);
  if (input.code !== null && input.code !== undefined) checkRequiredText(problems, 'input.code', input.code, TEXT_LIMITS.code);
  checkReason(problems, input.reason);
  problems.throwIfAny();
  return {
    command: {
      organisationId: input.organisationId,
      effectiveDate: input.effectiveDate,
      name: input.name ?? undefined,
      code: input.code ?? undefined,
      sector: input.sector ?? undefined,
      kind: input.kind ?? undefined,
    },
    note: input.reason.trim(),
  };
}

export function parseMoveOrganisation(input: MoveOrganisationInput): Justified<MoveCommand> {
  const problems = new Problems();
  checkReason(problems, input.reason);
  problems.throwIfAny();
  return { command: { organisationId: input.organisationId, parentId: input.parentId, effectiveDate: input.effectiveDate }, note: input.reason.trim() };
}

export function parseCloseOrganisation(input: CloseOrganisationInput): Justified<CloseCommand> {
  const problems = new Problems();
  checkReason(problems, input.reason);
  problems.throwIfAny();
  return { command: { organisationId: input.organisationId, effectiveDate: input.effectiveDate }, note: input.reason.trim() };
}

export function parseMergeOrganisations(input: MergeOrganisationsInput): Justified<MergeCommand> {
  const problems = new Problems();
  const hasTarget = input.targetId !== null && input.targetId !== undefined;
  const hasNew = input.newTarget !== null && input.newTarget !== undefined;
  if (hasTarget === hasNew) problems.add('input.targetId', 'give either targetId or newTarget, not both and not neither');
  if (input.newTarget) checkNewOrganisation(problems, 'input.newTarget', input.newTarget);
  checkReason(problems, input.reason);
  problems.throwIfAny();
  return {
    command: {
      effectiveDate: input.effectiveDate,
      sourceIds: input.sourceIds,
      target: input.newTarget ? { create: newOrganisation(input.newTarget) } : { existingId: input.targetId as string },
    },
    note: input.reason.trim(),
  };
}

/** The split's command, with allocations resolved from the new organisations' codes to their new ids. */
export interface SplitCommand {
  effectiveDate: string;
  sourceId: string;
  newOrganisations: NewOrganisationCommand[];
  memberAllocations: { memberId: string; organisationId: string }[];
  childAllocations: { organisationId: string; parentId: string }[];
}

const codeKey = (code: string) => code.trim().toUpperCase();

export function parseSplitOrganisation(input: SplitOrganisationInput): Justified<SplitCommand> {
  const problems = new Problems();
  input.newOrganisations.forEach((org, i) => checkNewOrganisation(problems, `input.newOrganisations[${i}]`, org));
  const created = input.newOrganisations.map(newOrganisation);
  const idByCode = new Map<string, string>();
  created.forEach((org, i) => {
    const key = codeKey(org.code);
    if (idByCode.has(key)) problems.add(`input.newOrganisations[${i}].code`, 'is given to two new organisations');
    idByCode.set(key, org.organisationId);
  });
  const memberAllocations = input.memberAllocations.map((allocation, i) => {
    const organisationId = idByCode.get(codeKey(allocation.organisationCode));
    if (!organisationId) problems.add(`input.memberAllocations[${i}].organisationCode`, 'is not the code of one of the new organisations');
    return { memberId: allocation.memberId, organisationId: organisationId ?? '' };
  });
  const childAllocations = input.childAllocations.map((allocation, i) => {
    const parentId = idByCode.get(codeKey(allocation.parentCode));
    if (!parentId) problems.add(`input.childAllocations[${i}].parentCode`, 'is not the code of one of the new organisations');
    return { organisationId: allocation.organisationId, parentId: parentId ?? '' };
  });
  checkReason(problems, input.reason);
  problems.throwIfAny();
  return {
    command: { effectiveDate: input.effectiveDate, sourceId: input.sourceId, newOrganisations: created, memberAllocations, childAllocations },
    note: input.reason.trim(),
  };
}

export type OrganisationListQuery = OrganisationFilterValues;

export function parseOrganisationFilter(filter: OrganisationFilter | null | undefined, today: string): OrganisationListQuery {
  const problems = new Problems();
  checkOptionalText(problems, 'filter.search', filter?.search, TEXT_LIMITS.search);
  problems.throwIfAny();
  const search = filter?.search ? foldDiacritics(filter.search) : '';
  return {
    activeOn: filter?.activeOn ?? today,
    kind: filter?.kind ?? null,
    sector: filter?.sector ?? null,
    parentId: filter?.parentId ?? null,
    searchPattern: search === '' ? null : containsPattern(search),
  };
}
