import { Migration, type MigrationObject } from '@pdv/persistence';

/** The channel the outbox trigger notifies; the relay LISTENs on it. */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * The outbox and inbox tables every service needs. Committed SQL, never edited after it
 * lands: a change is a new migration. The entities mirror it exactly (schemaDrift is '').
 */
export class MessagingMigration extends Migration {
  override up(): void {
    this.addSql(`create table "outbox_event" (
      "id" uuid not null,
      "subject" text not null,
      "type" text not null,
      "version" int not null,
      "aggregate_id" text not null,
      "envelope" jsonb not null,
      "created_at" timestamptz not null,
      "published_at" timestamptz null,
      "attempts" int not null default 0,
      "last_error" text null,
      constraint "outbox_event_pkey" primary key ("id")
    );`);
    // Partial: the relay only ever looks for rows still to publish, and they are few.
    this.addSql(
      'create index "outbox_event_unpublished_idx" on "outbox_event" ("created_at") where "published_at" is null;',
    );
    this.addSql(`create table "inbox_event" (
      "consumer" text not null,
      "event_id" uuid not null,
      "subject" text not null,
      "processed_at" timestamptz not null,
      constraint "inbox_event_pkey" primary key ("consumer", "event_id")
    );`);
    // NOTIFY is delivered at commit, so the relay wakes exactly when rows become visible;
    // per statement, so a bulk insert wakes it once.
    this.addSql(`create function "outbox_event_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('${OUTBOX_CHANNEL}', '');
        return null;
      end;
    $$;`);
    this.addSql(`create trigger "outbox_event_notify" after insert on "outbox_event"
      for each statement execute function "outbox_event_notify"();`);
  }

  override down(): void {
    this.addSql('drop trigger if exists "outbox_event_notify" on "outbox_event";');
    this.addSql('drop function if exists "outbox_event_notify"();');
    this.addSql('drop table if exists "inbox_event";');
    this.addSql('drop table if exists "outbox_event";');
  }
}

/** List it first in each service's migrationsList: its timestamp precedes every service's own. */
export const messagingMigration: MigrationObject = {
  name: 'Migration20260101000000_messaging',
  class: MessagingMigration,
};
