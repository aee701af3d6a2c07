import { EntitySchema } from '@pdv/persistence';

/**
 * A candidate as the sourcing service's events describe them: which cell nurtures them and
 * since when, and whether they withdrew. Ids and dates only; the person's data stays in
 * sourcing and is shown through federation.
 */
export interface CandidateFactsRow {
  id: string;
  cellId: string;
  acceptedOn: string;
  withdrawnOn: string | null;
  /** occurredAt of the last event applied: an older event arriving late changes nothing. */
  lastEventAt: Date;
  updatedAt: Date;
}

export const CandidateFactsEntity = new EntitySchema<CandidateFactsRow>({
  name: 'CandidateFactsRow',
  tableName: 'candidate_facts',
  properties: {
    id: { type: 'uuid', primary: true },
    cellId: { type: 'uuid', index: 'candidate_facts_cell_idx' },
    acceptedOn: { type: 'string', columnType: 'date' },
    withdrawnOn: { type: 'string', columnType: 'date', nullable: true },
    lastEventAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

/**
 * A certificate the training service issued: an awareness course certificate of a candidate
 * (ADMISSION.CERTIFICATE_VALID) or a new-member course certificate of a probationary member
 * (RECOGNITION.NEW_MEMBER_COURSE). Certificates are facts: kept as issued, never edited here.
 */
export interface CertificateFactsRow {
  id: string;
  courseKind: string;
  candidateId: string | null;
  memberId: string | null;
  issuedOn: string;
  validUntil: string;
  /** The day training invalidated it, from which it no longer counts; null while valid. */
  invalidatedOn: string | null;
  recordedAt: Date;
}

export const CertificateFactsEntity = new EntitySchema<CertificateFactsRow>({
  name: 'CertificateFactsRow',
  tableName: 'certificate_facts',
  properties: {
    id: { type: 'uuid', primary: true },
    courseKind: { type: 'string', columnType: 'text' },
    candidateId: { type: 'uuid', nullable: true, index: 'certificate_facts_candidate_idx' },
    memberId: { type: 'uuid', nullable: true, index: 'certificate_facts_member_idx' },
    issuedOn: { type: 'string', columnType: 'date' },
    validUntil: { type: 'string', columnType: 'date' },
    invalidatedOn: { type: 'string', columnType: 'date', nullable: true },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

/**
 * An awareness certificate training invalidated after a passed vote had counted it, from a day
 * on or before the meeting (issue 11: the vote held the certificate, so the invalidation waited
 * for it and is kept here, against the dossier, for the committee to weigh before it decides).
 */
export interface CertificateInvalidatedAfterVoteRow {
  dossierId: string;
  certificateId: string;
  resolutionId: string;
  meetingDate: string;
  invalidatedOn: string;
  recordedAt: Date;
}

export const CertificateInvalidatedAfterVoteEntity = new EntitySchema<CertificateInvalidatedAfterVoteRow>({
  name: 'CertificateInvalidatedAfterVoteRow',
  tableName: 'certificate_invalidated_after_vote',
  properties: {
    dossierId: { type: 'uuid', primary: true },
    certificateId: { type: 'uuid', primary: true },
    resolutionId: { type: 'uuid' },
    meetingDate: { type: 'string', columnType: 'date' },
    invalidatedOn: { type: 'string', columnType: 'date' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
