import { EntitySchema, Migration, type MigrationObject } from '@pdv/persistence';

/** A consumer-side effect for the tests: one row per applied event. */
export interface ProbeApplied {
  id: string;
  eventId: string;
  organisationId: string;
  code: string;
  appliedAt: Date;
}

export const ProbeAppliedEntity = new EntitySchema<ProbeApplied>({
  name: 'ProbeApplied',
  tableName: 'probe_applied',
  properties: {
    id: { type: 'uuid', primary: true },
    eventId: { type: 'uuid', fieldName: 'event_id' },
    organisationId: { type: 'uuid', fieldName: 'organisation_id' },
    code: { type: 'text' },
    appliedAt: { type: 'Date', columnType: 'timestamptz', fieldName: 'applied_at' },
  },
});

export class ProbeMigration extends Migration {
  override up(): void {
    this.addSql(`create table "probe_applied" (
      "id" uuid not null,
      "event_id" uuid not null,
      "organisation_id" uuid not null,
      "code" text not null,
      "applied_at" timestamptz not null,
      constraint "probe_applied_pkey" primary key ("id")
    );`);
  }
}

export const probeMigration: MigrationObject = { name: 'Migration20260101000001_probe', class: ProbeMigration };
