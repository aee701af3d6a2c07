import { EntitySchema } from '@pdv/persistence';

/** Fields of a member record that can be completed or corrected. */
export const MEMBER_RECORD_FIELDS = [
  'FULL_NAME',
  'DATE_OF_BIRTH',
  'GENDER',
  'NATIONAL_ID',
  'ADMISSION_DECISION_DATE',
  'CEREMONY_DATE',
  'OFFICIAL_DATE',
] as const;
export type MemberRecordField = (typeof MEMBER_RECORD_FIELDS)[number];

/** Which property of the domain's record each field is. */
export const RECORD_PROPERTY = {
  FULL_NAME: 'fullName',
  DATE_OF_BIRTH: 'dateOfBirth',
  GENDER: 'gender',
  NATIONAL_ID: 'nationalId',
  ADMISSION_DECISION_DATE: 'admissionDecisionDate',
  CEREMONY_DATE: 'ceremonyDate',
  OFFICIAL_DATE: 'officialDate',
} as const satisfies Record<MemberRecordField, string>;

/** COMPLETION fills a value that was pending; CORRECTION replaces a recorded one. */
export const CORRECTION_KINDS = ['COMPLETION', 'CORRECTION'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/**
 * One changed field of a member record. Party dossiers are never silently edited: the old
 * value stays here with who changed it, when and why.
 */
export interface MemberCorrectionRow {
  id: string;
  memberId: string;
  kind: CorrectionKind;
  field: MemberRecordField;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
  correctedAt: Date;
  correctedBy: string;
  correctedByRole: string | null;
}

export const MemberCorrectionEntity = new EntitySchema<MemberCorrectionRow>({
  name: 'MemberCorrectionRow',
  tableName: 'member_correction',
  properties: {
    id: { type: 'uuid', primary: true },
    memberId: { type: 'uuid', index: 'member_correction_member_idx' },
    kind: { type: 'string', columnType: 'text' },
    field: { type: 'string', columnType: 'text' },
    oldValue: { type: 'string', columnType: 'text', nullable: true },
    newValue: { type: 'string', columnType: 'text', nullable: true },
    reason: { type: 'string', columnType: 'text' },
    correctedAt: { type: 'Date', columnType: 'timestamptz' },
    correctedBy: { type: 'string', columnType: 'text' },
    correctedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
