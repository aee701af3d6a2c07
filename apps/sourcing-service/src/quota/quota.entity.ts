import { EntitySchema } from '@pdv/persistence';

/** A mass organisation's yearly referral target, set by the Fatherland Front committee. */
export interface ReferralQuotaRow {
  id: string;
  massOrganisationId: string;
  year: number;
  target: number;
  setBy: string;
  setAt: Date;
}

export const ReferralQuotaEntity = new EntitySchema<ReferralQuotaRow>({
  name: 'ReferralQuotaRow',
  tableName: 'referral_quota',
  properties: {
    id: { type: 'uuid', primary: true },
    massOrganisationId: { type: 'uuid' },
    year: { type: 'integer' },
    target: { type: 'integer' },
    setBy: { type: 'string', columnType: 'text' },
    setAt: { type: 'Date', columnType: 'timestamptz' },
  },
  uniques: [{ name: 'referral_quota_organisation_year_key', properties: ['massOrganisationId', 'year'] }],
});
