import { EntitySchema } from '@pdv/persistence';

/**
 * The ward's sourcing policy values (DOMAIN.md: configurable values are data). One row per
 * setting that differs from the seeded default; absent keys use the default.
 */
export interface SourcingPolicySettingRow {
  key: string;
  value: unknown;
  updatedAt: Date;
  updatedBy: string;
}

export const SourcingPolicySettingEntity = new EntitySchema<SourcingPolicySettingRow>({
  name: 'SourcingPolicySettingRow',
  tableName: 'sourcing_policy_setting',
  properties: {
    key: { type: 'string', columnType: 'text', primary: true },
    value: { type: 'json' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
    updatedBy: { type: 'string', columnType: 'text' },
  },
});

/**
 * A published privacy notice people consent to when referred (Decree 13/2023/NĐ-CP). A
 * referral must name one, and the consent cannot predate its publication.
 */
export interface PrivacyNoticeRow {
  version: string;
  publishedAt: Date;
  /** What the notice covers, in a sentence; the full text lives where it is published. */
  summary: string;
  recordedBy: string;
  recordedAt: Date;
}

export const PrivacyNoticeEntity = new EntitySchema<PrivacyNoticeRow>({
  name: 'PrivacyNoticeRow',
  tableName: 'privacy_notice',
  properties: {
    version: { type: 'string', columnType: 'text', primary: true },
    publishedAt: { type: 'Date', columnType: 'timestamptz' },
    summary: { type: 'string', columnType: 'text' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
