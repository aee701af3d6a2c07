import { Migration } from '@pdv/persistence';

/**
 * Moves the entries of this service's own audit_log into the shared personal-data audit
 * trail (created just before by personalDataAuditMigration), then drops the old table and
 * its append-only trigger (the shared table has its own): one trail, one shape, in every
 * service. The trigger function stays: candidate_stage still uses it.
 */
export class Migration20261202000100PersonalDataAuditRows extends Migration {
  override up(): void {
    this.addSql(`insert into "personal_data_audit" (id, occurred_at, actor_id, actor_role, request_id, action, subject_type, subject_id, field)
      select id, at, actor_id, actor_role, request_id, action, subject_type, subject_id, field from "audit_log";`);
    this.addSql('drop trigger "audit_log_append_only" on "audit_log";');
    this.addSql('drop table "audit_log";');
  }
}
