import type { Identity } from '@pdv/auth';
import { identityOf } from '@pdv/testing';
import type { Harness } from './harness';

export const board = identityOf('PARTY_BUILDING_BOARD');
export const standing = identityOf('WARD_STANDING_COMMITTEE');
export const committeeMember = identityOf('COMMITTEE_MEMBER');
export const auditor = identityOf('AUDITOR');
export const trainingCentre = identityOf('TRAINING_CENTRE');
export const massOrgStaff = identityOf('MASS_ORG_STAFF', '6f1c2a52-5d0e-4c8e-9f3e-1b2a3c4d5e6f');

export function secretaryOf(organisationId: string): Identity {
  return identityOf('CELL_SECRETARY', organisationId);
}

export const ORG_FIELDS = 'id code name kind sector parentId validFrom validTo asOf';

export interface OrgNode {
  id: string;
  code: string;
  name: string;
  kind: string;
  sector: string;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  asOf: string;
}

/** Registers an organisation through the API as the party-building board; returns its id. */
export async function registerOrganisation(
  h: Harness,
  input: { parentId: string | null; kind: string; sector: string; code: string; name: string; validFrom: string },
): Promise<string> {
  const response = await h.gql<{ registerOrganisation: OrgNode }>(
    board,
    `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { ${ORG_FIELDS} } }`,
    { input: { ...input, reason: `Quyết định thành lập ${input.code}` } },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return (response.data as { registerOrganisation: OrgNode }).registerOrganisation.id;
}

export const MEMBER_FIELDS =
  'id fullName dateOfBirth gender nationalId recordComplete status organisationId active temporarilyAway activityExempt leftBy registrationKind registeredOn admissionDecisionDate ceremonyDate officialDate candidateId asOf';

export interface MemberNode {
  id: string;
  fullName: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  nationalId: string | null;
  recordComplete: boolean;
  status: string;
  organisationId: string;
  active: boolean;
  temporarilyAway: boolean;
  activityExempt: boolean;
  leftBy: string | null;
  registrationKind: string;
  registeredOn: string;
  admissionDecisionDate: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  candidateId: string | null;
  asOf: string;
}

export interface RegisterMemberValues {
  organisationId: string;
  fullName: string;
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE';
  nationalId?: string | null;
  status: 'OFFICIAL' | 'PROBATIONARY';
  admissionDecisionDate?: string | null;
  ceremonyDate?: string | null;
  officialDate?: string | null;
  registeredOn?: string | null;
}

export async function registerMember(h: Harness, input: RegisterMemberValues, as: Identity = board): Promise<MemberNode> {
  const response = await h.gql<{ registerMember: MemberNode }>(
    as,
    `mutation($input: RegisterMemberInput!) { registerMember(input: $input) { ${MEMBER_FIELDS} } }`,
    { input },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return (response.data as { registerMember: MemberNode }).registerMember;
}

/**
 * A structurally valid national ID for a date of birth and gender: Hà Nội (001), the
 * century-and-gender digit, the two year digits, then six digits of the caller's choosing.
 */
export function nationalIdFor(dateOfBirth: string, gender: 'MALE' | 'FEMALE', serial: number): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const century = Math.floor((year - 1900) / 100) * 2 + (gender === 'FEMALE' ? 1 : 0);
  return `001${century}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

/** The problems, codes and rules of a refused response, for compact assertions. */
export function errorOf(response: { errors?: { extensions?: Record<string, unknown>; message: string }[] }) {
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, rule: error?.extensions?.rule, problems: error?.extensions?.problems, message: error?.message };
}
