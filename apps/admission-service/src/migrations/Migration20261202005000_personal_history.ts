import { Migration } from '@pdv/persistence';

/** The eligibility facts of a dossier's personal history (one row per dossier). Never edited once committed. */
export class Migration20261202005000PersonalHistory extends Migration {
  override up(): void {
    this.addSql(`create table "dossier_personal_history" (
      "dossier_id" uuid not null,
      "date_of_birth" date not null,
      "education_level" text not null,
      "education_exception_code" text null,
      "was_member" boolean not null,
      "left_on" date null,
      "times_readmitted" int not null,
      "provincial_consent_date" date null,
      "provincial_consent_reference" text null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "dossier_personal_history_pkey" primary key ("dossier_id")
    );`);
  }
}
