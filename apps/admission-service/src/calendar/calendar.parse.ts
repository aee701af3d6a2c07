import type { CalendarCorrection } from '@pdv/admission-domain';
import { checkOptionalText, checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { CorrectWorkingDayCalendarInput } from './calendar.type';

/** The texts trimmed and within their limits; whether the day's fields fit its kind is the domain's (checkCalendarCorrection). */
export function parseCorrectWorkingDayCalendar(input: CorrectWorkingDayCalendarInput): CalendarCorrection {
  const problems = new Problems();
  const name = checkOptionalText(problems, 'input.name', input.name, TEXT_LIMITS.name, { singleLine: true });
  const reason = checkRequiredText(problems, 'input.reason', input.reason, TEXT_LIMITS.note);
  problems.throwIfAny();
  return { date: input.date, kind: input.kind, name: name ?? null, inPlaceOf: input.inPlaceOf ?? null, reason };
}
