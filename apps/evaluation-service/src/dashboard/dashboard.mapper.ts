import type { EvaluatedUnit, HeadlineFigure as DomainHeadline, TargetAttainment as DomainAttainment } from '@pdv/evaluation-domain';
import { toForecast } from '../forecast/forecast.type';
import { organisationStub, partyMemberStub } from '../organisation/organisation.stub';
import type { HeadlineFigure, TargetAttainment, UnitStanding } from './dashboard.type';
import type { WardView } from './ward-evaluation.service';

export function toTargetAttainment(t: DomainAttainment): TargetAttainment {
  return { kind: t.kind, rule: t.rule, required: t.required, upper: t.upper, actual: t.actual, shortfall: t.shortfall, status: t.status, exceeded: t.exceeded };
}

export function toHeadlineFigure(t: DomainHeadline): HeadlineFigure {
  return { ...toTargetAttainment(t), span: t.span, inPeriod: t.inPeriod };
}

export function toUnitStanding(unit: EvaluatedUnit, view: Pick<WardView, 'units' | 'supervisors'>): UnitStanding {
  const supervisor = view.supervisors.get(unit.organisationId);
  return {
    organisation: organisationStub(unit.organisationId),
    code: view.units.get(unit.organisationId)?.code ?? '',
    status: unit.attainment.status,
    exemptionReason: unit.attainment.exemptionReason,
    membersAtStartOfYear: unit.membersAtStartOfYear,
    targets: unit.attainment.targets.map(toTargetAttainment),
    supervisor: supervisor ? partyMemberStub(supervisor) : null,
    forecast: toForecast(unit.forecast),
  };
}
