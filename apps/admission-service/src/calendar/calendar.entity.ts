import { EntitySchema } from '@pdv/persistence';

/** One correction of the working-day calendar by the board (CalendarCorrection of the domain), never changed after. */
export interface CalendarCorrectionRow {
  id: string;
  date: string;
  kind: string;
  name: string | null;
  inPlaceOf: string | null;
  reason: string;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const CalendarCorrectionEntity = new EntitySchema<CalendarCorrectionRow>({
  name: 'CalendarCorrectionRow',
  tableName: 'working_day_calendar_correction',
  properties: {
    id: { type: 'uuid', primary: true },
    date: { type: 'string', columnType: 'date' },
    kind: { type: 'string', columnType: 'text' },
    name: { type: 'string', columnType: 'text', nullable: true },
    inPlaceOf: { type: 'string', columnType: 'date', nullable: true },
    reason: { type: 'string', columnType: 'text' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});

/** An overdue deadline already announced (admission.deadline.overdue), so the sweep publishes each once. */
export interface OverdueNoticeRow {
  dossierId: string;
  kind: string;
  dueOn: string;
  noticedAt: Date;
}

export const OverdueNoticeEntity = new EntitySchema<OverdueNoticeRow>({
  name: 'OverdueNoticeRow',
  tableName: 'deadline_overdue_notice',
  properties: {
    dossierId: { type: 'uuid', primary: true },
    kind: { type: 'string', columnType: 'text', primary: true },
    dueOn: { type: 'string', columnType: 'date' },
    noticedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
