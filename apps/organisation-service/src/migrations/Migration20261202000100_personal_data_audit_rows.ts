import { Migration } from '@pdv/persistence';

/**
 * Moves the reads recorded in this service's own audit_log into the shared personal-data
 * audit trail (created just before by personalDataAuditMigration), with the shared action
 * name, then drops the old table: one trail, one shape, in every service.
 */
export class Migration20261202000100PersonalDataAuditRows extends Migration {
  override up(): void {
    this.addSql(`insert into "personal_data_audit" (id, occurred_at, actor_id, actor_role, request_id, action, subject_type, subject_id, field)
      select id, occurred_at, actor_id, actor_role, request_id,
             case action when 'READ_PERSONAL_DATA' then 'READ' else action end, subject_type, subject_id, field
        from "audit_log";`);
    this.addSql('drop table "audit_log";');
  }
}
