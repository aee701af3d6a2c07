import { Migration } from '@pdv/persistence';

/** The register's items; one per code. Never edited once committed: a change is a new migration. */
export class Migration20261202000100EvaluationItem extends Migration {
  override up(): void {
    this.addSql(`create table "evaluation_item" (
      "id" uuid not null,
      "code" text not null,
      "title" text not null,
      "effective_from" date not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "evaluation_item_pkey" primary key ("id")
    );`);
    this.addSql('alter table "evaluation_item" add constraint "evaluation_item_code_unique" unique ("code");');
  }
}
