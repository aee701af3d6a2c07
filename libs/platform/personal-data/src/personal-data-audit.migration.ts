import { Migration, type MigrationObject } from '@pdv/persistence';

/**
 * The personal-data audit trail every service that holds personal data needs. Committed
 * SQL, never edited after it lands; the entity mirrors it exactly (schemaDrift is '').
 */
export class PersonalDataAuditMigration extends Migration {
  override up(): void {
    this.addSql(`create table "personal_data_audit" (
      "id" uuid not null,
      "occurred_at" timestamptz not null,
      "actor_id" text not null,
      "actor_role" text null,
      "request_id" text null,
      "action" text not null,
      "subject_type" text not null,
      "subject_id" uuid not null,
      "field" text not null,
      constraint "personal_data_audit_pkey" primary key ("id")
    );`);
    this.addSql('create index "personal_data_audit_subject_idx" on "personal_data_audit" ("subject_id", "occurred_at");');
    this.addSql('create index "personal_data_audit_actor_idx" on "personal_data_audit" ("actor_id", "occurred_at");');
    // The trail is evidence: nobody edits, deletes or empties it, not even by mistake.
    this.addSql(`create function "personal_data_audit_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'table % is append-only', TG_TABLE_NAME using errcode = 'P0001';
      end;
    $$;`);
    this.addSql(`create trigger "personal_data_audit_append_only" before update or delete on "personal_data_audit"
      for each row execute function "personal_data_audit_append_only"();`);
    this.addSql(`create trigger "personal_data_audit_no_truncate" before truncate on "personal_data_audit"
      for each statement execute function "personal_data_audit_append_only"();`);
  }

  override down(): void {
    this.addSql('drop table if exists "personal_data_audit";');
    this.addSql('drop function if exists "personal_data_audit_append_only"();');
  }
}

/**
 * List it in each service's migrationsList. A service whose older migrations made its own
 * audit table lists it after them, followed by a migration moving those rows here.
 */
export const personalDataAuditMigration: MigrationObject = {
  name: 'Migration20261202000000_personal_data_audit',
  class: PersonalDataAuditMigration,
};
