/**
 * A small ward for the specs (not exported from the barrel). Ids are readable strings:
 * the domain only needs them to be unique.
 */
import { isAppError } from '@pdv/errors';
import type { OrganisationNode } from './organisation-tree.query';
import type { OrganisationKind, OrganisationVersion, Sector } from './organisation.types';
import type { PartyMemberRecord } from './party-member.types';

export const WARD_FORMED = '2025-07-01';
export const TODAY = '2025-09-15';

export function row(
  organisationId: string,
  parentId: string | null,
  kind: OrganisationKind,
  sector: Sector,
  code: string,
  validFrom = WARD_FORMED,
  validTo: string | null = null,
): OrganisationVersion {
  return { organisationId, parentId, kind, sector, code, name: `Tổ chức ${code}`, validFrom, validTo };
}

/**
 * DD  ward committee
 * ├─ DD.BV      grassroots committee (hospital) ─ DD.BV.01, DD.BV.02 party cells
 * ├─ DD.THPT    grassroots committee (school)   ─ DD.THPT.01 party cell
 * ├─ DD.CQ      grassroots cell (ward agencies)
 * ├─ DD.CTY     grassroots cell (company)
 * ├─ DD.KDC01, DD.KDC02  party cells (residential areas)
 * └─ DD.OLD     grassroots cell, closed on 2025-08-01
 */
export function wardVersions(): OrganisationVersion[] {
  return [
    row('ward', null, 'WARD_COMMITTEE', 'ADMINISTRATIVE', 'DD'),
    row('hospital', 'ward', 'GRASSROOTS_COMMITTEE', 'PUBLIC_SERVICE', 'DD.BV'),
    row('hospital-1', 'hospital', 'PARTY_CELL', 'PUBLIC_SERVICE', 'DD.BV.01'),
    row('hospital-2', 'hospital', 'PARTY_CELL', 'PUBLIC_SERVICE', 'DD.BV.02'),
    row('school', 'ward', 'GRASSROOTS_COMMITTEE', 'SCHOOL', 'DD.THPT'),
    row('school-1', 'school', 'PARTY_CELL', 'SCHOOL', 'DD.THPT.01'),
    row('agencies', 'ward', 'GRASSROOTS_CELL', 'ADMINISTRATIVE', 'DD.CQ'),
    row('company', 'ward', 'GRASSROOTS_CELL', 'NON_STATE_ENTERPRISE', 'DD.CTY'),
    row('res-1', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'DD.KDC01'),
    row('res-2', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'DD.KDC02'),
    row('old', 'ward', 'GRASSROOTS_CELL', 'OTHER', 'DD.OLD', WARD_FORMED, '2025-08-01'),
  ];
}

/** A compact picture of a tree: `DD(DD.BV(DD.BV.01,DD.BV.02),...)`. */
export function outline(node: OrganisationNode | null): string {
  if (!node) return '-';
  return node.children.length === 0 ? node.code : `${node.code}(${node.children.map(outline).join(',')})`;
}

/** What a call does: 'OK', the rule id it breaks, or the error code (CONFLICT, NOT_FOUND, BAD_USER_INPUT). */
export function outcomeOf(call: () => unknown): string {
  try {
    call();
    return 'OK';
  } catch (error) {
    if (isAppError(error)) return error.rule ?? error.code;
    throw error;
  }
}

/** An official member of 'res-1', admitted in 2010, with a valid record. */
export function memberRecord(overrides: Partial<PartyMemberRecord> = {}): PartyMemberRecord {
  return {
    memberId: 'm-1',
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '1980-05-20',
    gender: 'MALE',
    nationalId: '001080012345',
    organisationId: 'res-1',
    status: 'OFFICIAL',
    admissionDecisionDate: '2010-03-01',
    ceremonyDate: '2010-03-19',
    officialDate: '2011-03-19',
    candidateId: null,
    registeredOn: WARD_FORMED,
    ...overrides,
  };
}
