import { Migration } from '@pdv/persistence';

/** The background verifications of a dossier, one row per person in scope. Never edited once committed. */
export class Migration20261202006000BackgroundVerification extends Migration {
  override up(): void {
    this.addSql(`create table "background_verification" (
      "id" uuid not null,
      "dossier_id" uuid not null,
      "subject" text not null,
      "exempt_as_fully_declared_member" boolean not null,
      "result" text null,
      "concluded_on" date null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "background_verification_pkey" primary key ("id")
    );`);
    this.addSql('create index "background_verification_dossier_idx" on "background_verification" ("dossier_id");');
  }
}
