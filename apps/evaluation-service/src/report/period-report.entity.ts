import { EntitySchema } from '@pdv/persistence';
import type { ReportSnapshot } from '@pdv/evaluation-domain';

/** A period's report frozen once and never rewritten: what it said, when, by whom and how it was closed. */
export interface PeriodReportRow {
  periodKey: string;
  snapshot: ReportSnapshot;
  frozenAt: Date;
  /** The board member who closed the period, or 'system' for the first read after its end. */
  frozenBy: string;
  /** CLOSED_BY_BOARD or FIRST_READ_AFTER_END. */
  frozenHow: string;
}

export const PeriodReportEntity = new EntitySchema<PeriodReportRow>({
  name: 'PeriodReportRow',
  tableName: 'period_report',
  properties: {
    periodKey: { type: 'string', columnType: 'text', primary: true },
    snapshot: { type: 'json' },
    frozenAt: { type: 'Date', columnType: 'timestamptz' },
    frozenBy: { type: 'string', columnType: 'text' },
    frozenHow: { type: 'string', columnType: 'text' },
  },
});
