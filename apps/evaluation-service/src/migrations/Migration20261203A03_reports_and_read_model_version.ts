import { Migration } from '@pdv/persistence';

/**
 * The frozen period reports (one row per period, written once) and the read model's version
 * (one row, bumped by every event applied and every target set: what the dashboard's cache is
 * keyed by). Never edited once committed: a change is a new migration.
 */
export class Migration20261203A03ReportsAndReadModelVersion extends Migration {
  override up(): void {
    this.addSql(`create table "period_report" (
      "period_key" text not null,
      "snapshot" jsonb not null,
      "frozen_at" timestamptz not null,
      "frozen_by" text not null,
      "frozen_how" text not null,
      constraint "period_report_pkey" primary key ("period_key")
    );`);
    this.addSql(`create table "read_model_version" (
      "id" int not null,
      "version" bigint not null,
      constraint "read_model_version_pkey" primary key ("id")
    );`);
    this.addSql('insert into "read_model_version" ("id", "version") values (1, 0);');
  }
}
