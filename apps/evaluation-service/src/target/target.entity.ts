import { EntitySchema } from '@pdv/persistence';
import type { TargetValue } from '@pdv/evaluation-domain';

/** A target in force; `subject` is the mass organisation of a quota, '' for the others (part of the key, so not null). */
export interface TargetRow {
  kind: string;
  year: number;
  subject: string;
  minimum: number;
  upper: number | null;
  appliesTo: string[];
  updatedAt: Date;
}

export const TargetEntity = new EntitySchema<TargetRow>({
  name: 'TargetRow',
  tableName: 'evaluation_target',
  properties: {
    kind: { type: 'string', columnType: 'text', primary: true },
    year: { type: 'integer', primary: true },
    subject: { type: 'string', columnType: 'text', primary: true },
    minimum: { type: 'integer' },
    upper: { type: 'integer', nullable: true },
    appliesTo: { type: 'json' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

/** A change to a target: the value before (null when first set) and after, who, when and why. */
export interface TargetChangeRow {
  id: string;
  kind: string;
  year: number;
  subject: string;
  from: TargetValue | null;
  to: TargetValue;
  changedBy: string;
  changedAt: Date;
  reason: string;
}

export const TargetChangeEntity = new EntitySchema<TargetChangeRow>({
  name: 'TargetChangeRow',
  tableName: 'evaluation_target_change',
  indexes: [{ name: 'evaluation_target_change_target_idx', properties: ['kind', 'year', 'subject'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    kind: { type: 'string', columnType: 'text' },
    year: { type: 'integer' },
    subject: { type: 'string', columnType: 'text' },
    from: { type: 'json', nullable: true },
    to: { type: 'json' },
    changedBy: { type: 'string', columnType: 'text' },
    changedAt: { type: 'Date', columnType: 'timestamptz' },
    reason: { type: 'string', columnType: 'text' },
  },
});

/** An organisation's exemption from the per-unit targets for a year, as the organisation service announced it. */
export interface TargetExemptionRow {
  exemptionId: string;
  organisationId: string;
  year: number;
  reason: string;
  revoked: boolean;
  updatedAt: Date;
}

export const TargetExemptionEntity = new EntitySchema<TargetExemptionRow>({
  name: 'TargetExemptionRow',
  tableName: 'target_exemption',
  indexes: [{ name: 'target_exemption_organisation_year_idx', properties: ['organisationId', 'year'] }],
  properties: {
    exemptionId: { type: 'uuid', primary: true },
    organisationId: { type: 'uuid' },
    year: { type: 'integer' },
    reason: { type: 'string', columnType: 'text' },
    revoked: { type: 'boolean' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
