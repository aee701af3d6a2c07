import { Migration } from '@pdv/persistence';

/**
 * The board's corrections of the working-day calendar, append-only with who and why (the
 * calendar is the shared default table with them applied; due dates are computed from it at
 * read time), and the overdue deadlines already announced, so each is published once. Never
 * edited once committed.
 */
export class Migration20261203002000CalendarAndDeadlines extends Migration {
  override up(): void {
    this.addSql(`create table "working_day_calendar_correction" (
      "id" uuid not null,
      "date" date not null,
      "kind" text not null,
      "name" text null,
      "in_place_of" date null,
      "reason" text not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "working_day_calendar_correction_pkey" primary key ("id")
    );`);
    this.addSql(`create table "deadline_overdue_notice" (
      "dossier_id" uuid not null,
      "kind" text not null,
      "due_on" date not null,
      "noticed_at" timestamptz not null,
      constraint "deadline_overdue_notice_pkey" primary key ("dossier_id", "kind")
    );`);
  }
}
