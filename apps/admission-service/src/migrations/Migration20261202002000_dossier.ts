import { Migration } from '@pdv/persistence';

/** Dossiers and their papers. At most one dossier of a candidate is open at a time. Never edited once committed. */
export class Migration20261202002000Dossier extends Migration {
  override up(): void {
    this.addSql(`create table "admission_dossier" (
      "id" uuid not null,
      "candidate_id" uuid not null,
      "cell_id" uuid not null,
      "status" text not null,
      "opened_on" date not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "admission_dossier_pkey" primary key ("id")
    );`);
    this.addSql('create index "admission_dossier_candidate_idx" on "admission_dossier" ("candidate_id");');
    this.addSql('create index "admission_dossier_cell_idx" on "admission_dossier" ("cell_id");');
    // One dossier in progress per candidate; the statuses are the domain's not in CLOSED_DOSSIER_STATUSES.
    this.addSql(
      `create unique index "admission_dossier_one_open" on "admission_dossier" ("candidate_id") where "status" in ('OPEN', 'CELL_RESOLVED', 'GRASSROOTS_RESOLVED', 'DECIDED', 'PROBATION');`,
    );
    this.addSql(`create table "dossier_document" (
      "id" uuid not null,
      "dossier_id" uuid not null,
      "kind" text not null,
      "document_date" date not null,
      "file_reference" text null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "dossier_document_pkey" primary key ("id")
    );`);
    this.addSql('alter table "dossier_document" add constraint "dossier_document_kind_unique" unique ("dossier_id", "kind");');
  }
}
