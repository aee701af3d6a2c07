import { Migration } from '@pdv/persistence';

/** Target exemptions per organisation and year; revoked rows stay as history. */
export class Migration20261128000200TargetExemption extends Migration {
  override up(): void {
    this.addSql(`create table "target_exemption" (
      "id" uuid not null,
      "organisation_id" uuid not null,
      "year" int not null,
      "reason" text not null,
      "note" text null,
      "set_at" timestamptz not null,
      "set_by" text not null,
      "set_by_role" text null,
      "revoked_on" date null,
      "revoked_at" timestamptz null,
      "revoked_by" text null,
      "revoked_by_role" text null,
      "revocation_note" text null,
      constraint "target_exemption_pkey" primary key ("id")
    );`);
    this.addSql('create index "target_exemption_organisation_idx" on "target_exemption" ("organisation_id");');
    this.addSql(
      'create unique index "target_exemption_in_force_unique" on "target_exemption" ("organisation_id", "year") where "revoked_on" is null;',
    );
  }
}
