import { randomUUID } from 'node:crypto';
import { type CalendarCorrection, checkCalendarCorrection } from '@pdv/admission-domain';
import type { ServiceScope } from '../common/service-scope';
import { calendarCorrections, DEFAULT_HOLIDAY_TABLE } from '../common/working-days';
import { CalendarCorrectionEntity, type CalendarCorrectionRow } from './calendar.entity';

/** The board's working-day calendar: corrections are appended, never changed; the calendar is read from them when needed. */
export class WorkingDayCalendarService {
  constructor(private readonly scope: ServiceScope) {}

  /** Every correction, oldest first: the calendar's history with who and why. */
  list(): Promise<CalendarCorrectionRow[]> {
    return this.scope.em.execute<CalendarCorrectionRow[]>(
      `select id, to_char(date, 'YYYY-MM-DD') as date, kind, name, to_char(in_place_of, 'YYYY-MM-DD') as "inPlaceOf", reason,
          recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
         from working_day_calendar_correction order by recorded_at, id`,
    );
  }

  /**
   * A correction the calendar can take (checkCalendarCorrection), appended with who and why.
   * Corrections are serialised: each is checked against the table as the one before left it.
   */
  async correct(correction: CalendarCorrection): Promise<CalendarCorrectionRow> {
    const { clock, actor } = this.scope;
    return this.scope.em.transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(hashtext('working_day_calendar_correction'))`);
      checkCalendarCorrection(DEFAULT_HOLIDAY_TABLE, await calendarCorrections(em), correction);
      const row: CalendarCorrectionRow = { id: randomUUID(), ...correction, recordedAt: clock.now(), recordedBy: actor.id, recordedByRole: actor.role };
      await em.insertMany(CalendarCorrectionEntity, [row]);
      return row;
    });
  }
}
