import type { OverdueDossier, ReportUnit as DomainReportUnit } from '@pdv/evaluation-domain';
import { toHeadlineFigure, toTargetAttainment } from '../dashboard/dashboard.mapper';
import { organisationStub, partyMemberStub } from '../organisation/organisation.stub';
import type { PeriodReportView } from './period-report.service';
import type { PeriodReport, ReportUnit } from './period-report.type';

function toReportUnit(u: DomainReportUnit): ReportUnit {
  return {
    organisation: organisationStub(u.organisationId),
    code: u.code,
    name: u.name,
    status: u.status,
    exemptionReason: u.exemptionReason,
    membersAtStartOfYear: u.membersAtStartOfYear,
    targets: u.targets.map(toTargetAttainment),
    admitted: u.admitted,
    admissionsRequired: u.admissionsRequired,
    supervisor: u.supervisorId ? partyMemberStub(u.supervisorId) : null,
    forecastStatus: u.forecastStatus,
  };
}

export function toPeriodReport(view: PeriodReportView, visible: { units: readonly DomainReportUnit[]; overdueDossiers: readonly OverdueDossier[] }): PeriodReport {
  const s = view.snapshot;
  const units = visible.units.map(toReportUnit);
  const count = (status: string) => units.filter((u) => u.status === status).length;
  return {
    period: s.period,
    firstDay: s.firstDay,
    lastDay: s.lastDay,
    ward: organisationStub(s.ward.organisationId),
    wardName: s.ward.name,
    frozen: view.frozenAt !== null,
    frozenAt: view.frozenAt,
    frozenHow: view.frozenHow,
    headline: s.headline.map(toHeadlineFigure),
    summary: { met: count('MET'), behind: count('BEHIND'), exempt: count('EXEMPT'), total: units.length },
    units,
    unitsBehind: units.filter((u) => u.status === 'BEHIND'),
    sources: s.sources.map((f) => ({ ...f })),
    quarters: s.quarters.map((q) => ({ ...q })),
    overdueDossiers: visible.overdueDossiers.map((d) => ({
      dossierId: d.dossierId,
      organisation: organisationStub(d.organisationId),
      code: d.code,
      name: d.name,
      deadline: d.deadline,
      dueOn: d.dueOn,
      workingDaysLate: d.workingDaysLate,
    })),
    forecast: { vi: s.forecast.explanation.vi, en: s.forecast.explanation.en },
    lateNote: view.lateNote ? { ...view.lateNote } : null,
  };
}
