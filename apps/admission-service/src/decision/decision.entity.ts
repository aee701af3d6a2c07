import { EntitySchema } from '@pdv/persistence';

/** The competent committee's admission decision on a dossier (step 8): its number and date. */
export interface AdmissionDecisionRow {
  dossierId: string;
  decisionNumber: string;
  decisionDate: string;
  /** The day the cell received it: the ceremony's 30 working days run from it. */
  receivedOn: string;
  /** Working days after the cell's resolution it came: over 60 (plus any extension) is an overrun, flagged. */
  workingDaysAfterResolution: number;
  late: boolean;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const AdmissionDecisionEntity = new EntitySchema<AdmissionDecisionRow>({
  name: 'AdmissionDecisionRow',
  tableName: 'admission_decision',
  properties: {
    dossierId: { type: 'uuid', primary: true },
    decisionNumber: { type: 'string', columnType: 'text' },
    decisionDate: { type: 'string', columnType: 'date' },
    receivedOn: { type: 'string', columnType: 'date' },
    workingDaysAfterResolution: { type: 'integer' },
    late: { type: 'boolean' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});

/** The admission ceremony (step 9): it starts the 12 months of probation, with a mentor. */
export interface AdmissionCeremonyRow {
  dossierId: string;
  decisionReceivedOn: string;
  ceremonyDate: string;
  superiorConsentDate: string | null;
  superiorConsentReference: string | null;
  mentorMemberId: string;
  probationEndsOn: string;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const AdmissionCeremonyEntity = new EntitySchema<AdmissionCeremonyRow>({
  name: 'AdmissionCeremonyRow',
  tableName: 'admission_ceremony',
  properties: {
    dossierId: { type: 'uuid', primary: true },
    decisionReceivedOn: { type: 'string', columnType: 'date' },
    ceremonyDate: { type: 'string', columnType: 'date' },
    superiorConsentDate: { type: 'string', columnType: 'date', nullable: true },
    superiorConsentReference: { type: 'string', columnType: 'text', nullable: true },
    mentorMemberId: { type: 'uuid' },
    probationEndsOn: { type: 'string', columnType: 'date' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});

/** The one extension of a committee's deadline (ADMISSION.DEADLINE_EXTENSION): how many working days, and why. */
export interface DeadlineExtensionRow {
  dossierId: string;
  kind: 'DECISION' | 'RECOGNITION_DECISION';
  workingDays: number;
  reason: string;
  requestedOn: string;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const DeadlineExtensionEntity = new EntitySchema<DeadlineExtensionRow>({
  name: 'DeadlineExtensionRow',
  tableName: 'deadline_extension',
  properties: {
    // One per deadline of a dossier, even under concurrent requests.
    dossierId: { type: 'uuid', primary: true },
    kind: { type: 'string', columnType: 'text', primary: true },
    workingDays: { type: 'integer' },
    reason: { type: 'string', columnType: 'text' },
    requestedOn: { type: 'string', columnType: 'date' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});

/** The new member's history recorded as completed (ADMISSION.MEMBER_HISTORY_DEADLINE, step 9): once per dossier. */
export interface MemberHistoryRow {
  dossierId: string;
  completedOn: string;
  /** Working days after the ceremony, and whether that was after the policy's deadline, as they stood when recorded. */
  workingDaysAfterCeremony: number;
  late: boolean;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const MemberHistoryEntity = new EntitySchema<MemberHistoryRow>({
  name: 'MemberHistoryRow',
  tableName: 'admission_member_history',
  properties: {
    dossierId: { type: 'uuid', primary: true },
    completedOn: { type: 'string', columnType: 'date' },
    workingDaysAfterCeremony: { type: 'integer' },
    late: { type: 'boolean' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
