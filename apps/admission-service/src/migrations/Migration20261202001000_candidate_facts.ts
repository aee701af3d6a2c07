import { Migration } from '@pdv/persistence';

/** The candidates and certificates this service learns from sourcing and training events. Never edited once committed. */
export class Migration20261202001000CandidateFacts extends Migration {
  override up(): void {
    this.addSql(`create table "candidate_facts" (
      "id" uuid not null,
      "cell_id" uuid not null,
      "accepted_on" date not null,
      "withdrawn_on" date null,
      "last_event_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "candidate_facts_pkey" primary key ("id")
    );`);
    this.addSql('create index "candidate_facts_cell_idx" on "candidate_facts" ("cell_id");');
    this.addSql(`create table "certificate_facts" (
      "id" uuid not null,
      "course_kind" text not null,
      "candidate_id" uuid null,
      "member_id" uuid null,
      "issued_on" date not null,
      "valid_until" date not null,
      "recorded_at" timestamptz not null,
      constraint "certificate_facts_pkey" primary key ("id")
    );`);
    this.addSql('create index "certificate_facts_candidate_idx" on "certificate_facts" ("candidate_id");');
    this.addSql('create index "certificate_facts_member_idx" on "certificate_facts" ("member_id");');
  }
}
