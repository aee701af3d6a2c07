import { Migration } from '@pdv/persistence';

/** The admission decision and the ceremony of a dossier (steps 8–9), one of each. Never edited once committed. */
export class Migration20261202008000DecisionAndCeremony extends Migration {
  override up(): void {
    this.addSql(`create table "admission_decision" (
      "dossier_id" uuid not null,
      "decision_number" text not null,
      "decision_date" date not null,
      "working_days_after_resolution" int not null,
      "late" boolean not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "admission_decision_pkey" primary key ("dossier_id")
    );`);
    this.addSql(`create table "admission_ceremony" (
      "dossier_id" uuid not null,
      "decision_received_on" date not null,
      "ceremony_date" date not null,
      "superior_consent_date" date null,
      "superior_consent_reference" text null,
      "mentor_member_id" uuid not null,
      "probation_ends_on" date not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "admission_ceremony_pkey" primary key ("dossier_id")
    );`);
  }
}
