import { EntitySchema } from '@pdv/persistence';

/** A deadline of a dossier the admission service announced overdue, and the day it was resolved (null while it is not). */
export interface OverdueDeadlineRow {
  dossierId: string;
  deadline: string;
  /** The cell nurturing the candidate. */
  organisationId: string;
  dueOn: string;
  foundOn: string;
  resolvedOn: string | null;
}

export const OverdueDeadlineEntity = new EntitySchema<OverdueDeadlineRow>({
  name: 'OverdueDeadlineRow',
  tableName: 'overdue_deadline',
  properties: {
    dossierId: { type: 'uuid', primary: true },
    deadline: { type: 'string', columnType: 'text', primary: true },
    organisationId: { type: 'uuid' },
    dueOn: { type: 'string', columnType: 'date' },
    foundOn: { type: 'string', columnType: 'date' },
    resolvedOn: { type: 'string', columnType: 'date', nullable: true },
  },
  indexes: [{ name: 'overdue_deadline_organisation_idx', properties: ['organisationId'] }],
});
