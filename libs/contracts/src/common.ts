import { z } from 'zod';

/** Shared payload building blocks. Payloads carry ids, codes and dates, never personal data. */
export const uuid = z.uuid();
export const localDate = z.iso.date();
export const PARTY_MEMBER_STATUSES = ['PROBATIONARY', 'OFFICIAL'] as const;
export const partyMemberStatus = z.enum(PARTY_MEMBER_STATUSES);
export const ORGANISATION_KINDS = ['WARD_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'PARTY_CELL'] as const;
export const organisationKind = z.enum(ORGANISATION_KINDS);
export const SECTORS = [
  'ADMINISTRATIVE',
  'PUBLIC_SERVICE',
  'STATE_ENTERPRISE',
  'NON_STATE_ENTERPRISE',
  'SCHOOL',
  'RESIDENTIAL_AREA',
  'ARMED_FORCES_POLICE',
  'OTHER',
] as const;
export const sector = z.enum(SECTORS);
/**
 * Education levels, lowest first: sourcing records one at referral and admission checks the
 * Charter's minimum against it at the vote, so both read the same scale.
 */
export const EDUCATION_LEVELS = ['PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY', 'POSTGRADUATE'] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type PartyMemberStatus = (typeof PARTY_MEMBER_STATUSES)[number];
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
