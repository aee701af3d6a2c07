import { Problems } from '@pdv/errors';
import { isOneOf, MASS_ORGANISATION_KINDS, type MassOrganisationKind } from '@pdv/sourcing-domain';
import type { CreateMassOrganisationInput, UpdateMassOrganisationInput } from './mass-organisation.input';

/** GraphQL inputs → mass-organisation commands: codes and names checked and normalised, every problem at once. */

const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
const MAX_NAME = 200;

export interface CreateMassOrganisationCommand {
  kind: MassOrganisationKind;
  /** Trimmed. */
  code: string;
  /** NFC, trimmed, single spaces. */
  name: string;
  parentId: string | null;
  /** The seed passes deterministic ids; the API never does. */
  id?: string;
}

export interface UpdateMassOrganisationCommand {
  id: string;
  code?: string;
  name?: string;
  active?: boolean;
}

const nameOf = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ');

function checkCode(problems: Problems, code: string): void {
  if (!CODE.test(code)) problems.add('input.code', 'must be 1 to 40 letters, digits or "-"');
}

function checkName(problems: Problems, name: string): void {
  if (name === '' || name.length > MAX_NAME) problems.add('input.name', `must be 1 to ${MAX_NAME} characters`);
}

export function parseCreateMassOrganisation(input: CreateMassOrganisationInput, id?: string): CreateMassOrganisationCommand {
  const code = input.code.trim();
  const name = nameOf(input.name);
  const problems = new Problems();
  if (!isOneOf(MASS_ORGANISATION_KINDS, input.kind)) problems.add('input.kind', 'is not a mass organisation kind');
  checkCode(problems, code);
  checkName(problems, name);
  problems.throwIfAny('The mass organisation is not valid.');
  return { kind: input.kind, code, name, parentId: input.parentId || null, ...(id ? { id } : {}) };
}

export function parseUpdateMassOrganisation(input: UpdateMassOrganisationInput): UpdateMassOrganisationCommand {
  const code = input.code?.trim();
  const name = input.name === null || input.name === undefined ? undefined : nameOf(input.name);
  const problems = new Problems();
  if (code !== undefined) checkCode(problems, code);
  if (name !== undefined) checkName(problems, name);
  problems.throwIfAny('The changes are not valid.');
  return {
    id: input.id,
    ...(code !== undefined ? { code } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(input.active !== undefined && input.active !== null ? { active: input.active } : {}),
  };
}
