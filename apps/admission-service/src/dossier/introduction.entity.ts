import { EntitySchema } from '@pdv/persistence';

/**
 * An introduction in a dossier (step 5): an official member's, with the declared period of
 * working, studying or living together, or a union committee's resolution.
 */
export interface IntroductionRow {
  id: string;
  dossierId: string;
  /** MEMBER, YOUTH_UNION_RESOLUTION or TRADE_UNION_RESOLUTION. */
  kind: string;
  memberId: string | null;
  togetherFrom: string | null;
  togetherUntil: string | null;
  replacementNamedByCell: boolean;
  resolutionDate: string | null;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const IntroductionEntity = new EntitySchema<IntroductionRow>({
  name: 'IntroductionRow',
  tableName: 'dossier_introduction',
  properties: {
    id: { type: 'uuid', primary: true },
    dossierId: { type: 'uuid', index: 'dossier_introduction_dossier_idx' },
    kind: { type: 'string', columnType: 'text' },
    memberId: { type: 'uuid', nullable: true },
    togetherFrom: { type: 'string', columnType: 'date', nullable: true },
    togetherUntil: { type: 'string', columnType: 'date', nullable: true },
    replacementNamedByCell: { type: 'boolean' },
    resolutionDate: { type: 'string', columnType: 'date', nullable: true },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
  // A member introduces a candidate once (resolutions have no member: nulls are distinct).
  uniques: [{ name: 'dossier_introduction_member_unique', properties: ['dossierId', 'memberId'] }],
});
