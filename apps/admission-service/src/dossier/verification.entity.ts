import { EntitySchema } from '@pdv/persistence';

/**
 * The background verification of one person in scope (the applicant or a relative, by kind):
 * exempt as a fully declared party member, open, or concluded. The result is personal data:
 * never in events or messages, its collection and reads in the audit trail.
 */
export interface VerificationRow {
  id: string;
  dossierId: string;
  subject: string;
  exemptAsFullyDeclaredMember: boolean;
  /** SATISFACTORY or UNSATISFACTORY; null while open. */
  result: string | null;
  concludedOn: string | null;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const VerificationEntity = new EntitySchema<VerificationRow>({
  name: 'VerificationRow',
  tableName: 'background_verification',
  properties: {
    id: { type: 'uuid', primary: true },
    dossierId: { type: 'uuid', index: 'background_verification_dossier_idx' },
    subject: { type: 'string', columnType: 'text' },
    exemptAsFullyDeclaredMember: { type: 'boolean' },
    result: { type: 'string', columnType: 'text', nullable: true },
    concludedOn: { type: 'string', columnType: 'date', nullable: true },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
