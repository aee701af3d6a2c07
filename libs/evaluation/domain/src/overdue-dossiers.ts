import type {
  admissionAnnulled,
  admissionCeremonyHeld,
  admissionDeadlineOverdue,
  admissionDecided,
  dossierClosed,
  EventData,
  officialRecognitionGranted,
  probationaryNameRemoved,
} from '@pdv/contracts';
import type { LocalDate, WorkingDayCalendar } from '@pdv/calendar';

/** A deadline of the admission procedure, as admission.deadline.overdue names it. */
export type DeadlineKind = EventData<typeof admissionDeadlineOverdue>['deadline'];

const EVERY_DEADLINE: readonly DeadlineKind[] = ['DECISION', 'CEREMONY', 'MEMBER_HISTORY', 'RECOGNITION_MEETING', 'RECOGNITION_DECISION'];

/** Deadlines of a dossier met (or made moot) on a day. */
export interface DeadlineResolution {
  dossierId: string;
  deadlines: readonly DeadlineKind[];
  on: LocalDate;
}

/**
 * Which deadlines each of the admission service's events resolves, and on which day: the
 * decision ends the DECISION deadline (a ceremony repeats it), the ceremony the CEREMONY one,
 * recognition or removal from the probationary list both recognition deadlines (the cell's
 * recognition meeting is not announced on its own), and a dossier closed or an admission
 * annulled every deadline of the dossier. The member history's completion is not announced:
 * nor is its deadline overdue (the admission service does not track it yet).
 */
export const DEADLINE_RESOLUTIONS = {
  admissionDecided: (d: EventData<typeof admissionDecided>): DeadlineResolution[] => [{ dossierId: d.dossierId, deadlines: ['DECISION'], on: d.decisionDate }],
  admissionCeremonyHeld: (d: EventData<typeof admissionCeremonyHeld>): DeadlineResolution[] => [
    { dossierId: d.dossierId, deadlines: ['DECISION'], on: d.admissionDecisionDate },
    { dossierId: d.dossierId, deadlines: ['CEREMONY'], on: d.ceremonyDate },
  ],
  officialRecognitionGranted: (d: EventData<typeof officialRecognitionGranted>): DeadlineResolution[] => [
    { dossierId: d.dossierId, deadlines: ['RECOGNITION_MEETING', 'RECOGNITION_DECISION'], on: d.decisionDate },
  ],
  probationaryNameRemoved: (d: EventData<typeof probationaryNameRemoved>): DeadlineResolution[] => [
    { dossierId: d.dossierId, deadlines: ['RECOGNITION_MEETING', 'RECOGNITION_DECISION'], on: d.effectiveDate },
  ],
  dossierClosed: (d: EventData<typeof dossierClosed>): DeadlineResolution[] => [{ dossierId: d.dossierId, deadlines: EVERY_DEADLINE, on: d.closedOn }],
  admissionAnnulled: (d: EventData<typeof admissionAnnulled>): DeadlineResolution[] => [{ dossierId: d.dossierId, deadlines: EVERY_DEADLINE, on: d.annulledOn }],
} as const;

/** An overdue deadline as the read model keeps it: ids and dates only. */
export interface OverdueDeadline {
  dossierId: string;
  /** The cell nurturing the candidate. */
  organisationId: string;
  deadline: DeadlineKind;
  /** The last day allowed, as the admission service counted it. */
  dueOn: LocalDate;
  /** The day the step was done (or the dossier ended); null while it is not. */
  resolvedOn: LocalDate | null;
}

/** A dossier overdue on a report's day, as the report lists it: no person's name, the unit's code and name. */
export interface OverdueDossier {
  dossierId: string;
  organisationId: string;
  code: string;
  name: string;
  deadline: DeadlineKind;
  dueOn: LocalDate;
  /** Working days past the due date on the report's day. */
  workingDaysLate: number;
}

/**
 * The deadlines overdue on `asOf` (a report's last day, or today while its period is open):
 * past their due date and not resolved by that day (overdue from the day after the due date, as
 * the admission service has it, even before a working day has passed). Working days late are
 * counted on the calendar given as the admission service counts them (the due date excluded,
 * `asOf` included); the latest first, then by unit code.
 */
export function overdueOn(
  deadlines: readonly OverdueDeadline[],
  asOf: LocalDate,
  calendar: WorkingDayCalendar,
  unitNames: ReadonlyMap<string, { code: string; name: string }>,
): OverdueDossier[] {
  return deadlines
    .filter((d) => d.dueOn < asOf && (d.resolvedOn === null || d.resolvedOn > asOf))
    .map((d): OverdueDossier => {
      const names = unitNames.get(d.organisationId) ?? { code: '', name: '' };
      return { dossierId: d.dossierId, organisationId: d.organisationId, code: names.code, name: names.name, deadline: d.deadline, dueOn: d.dueOn, workingDaysLate: calendar.workingDaysBetween(d.dueOn, asOf) };
    })
    .sort((a, b) => b.workingDaysLate - a.workingDaysLate || a.code.localeCompare(b.code) || a.dossierId.localeCompare(b.dossierId));
}
