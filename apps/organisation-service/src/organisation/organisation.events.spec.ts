import {
  applyPlan,
  type OrganisationVersion,
  planMergeOrganisations,
  planMoveOrganisation,
  planReviseOrganisation,
} from '@pdv/organisation-domain';
import { organisationPlanEvents } from './organisation.events';

const FORMED = '2025-07-01';
const TODAY = '2026-07-15';

function row(organisationId: string, parentId: string | null, kind: OrganisationVersion['kind'], code: string): OrganisationVersion {
  return { organisationId, parentId, kind, sector: 'RESIDENTIAL_AREA', code, name: `Tổ chức ${code}`, validFrom: FORMED, validTo: null };
}

const ward = (): OrganisationVersion[] => [
  row('ward', null, 'WARD_COMMITTEE', 'DD'),
  row('gc', 'ward', 'GRASSROOTS_COMMITTEE', 'DD.GC'),
  row('gc-1', 'gc', 'PARTY_CELL', 'DD.GC.01'),
  row('res-1', 'ward', 'PARTY_CELL', 'DD.KDC01'),
  row('res-2', 'ward', 'PARTY_CELL', 'DD.KDC02'),
];

describe('organisationPlanEvents', () => {
  it('states a revision as revised and a move as moved (from and to parent)', () => {
    const versions = ward();
    const revise = planReviseOrganisation({ organisationId: 'res-1', effectiveDate: '2026-01-01', name: 'Chi bộ Tổ dân phố 1' }, { versions, today: TODAY });
    expect(organisationPlanEvents(versions, revise)).toEqual([
      { kind: 'revised', data: { organisationId: 'res-1', kind: 'PARTY_CELL', sector: 'RESIDENTIAL_AREA', code: 'DD.KDC01', name: 'Chi bộ Tổ dân phố 1', effectiveDate: '2026-01-01' } },
    ]);
    const after = applyPlan(versions, revise);
    const move = planMoveOrganisation({ organisationId: 'gc-1', parentId: 'ward', effectiveDate: '2026-02-01' }, { versions: after, today: TODAY });
    expect(organisationPlanEvents(after, move)).toEqual([
      { kind: 'moved', data: { organisationId: 'gc-1', fromParentId: 'gc', toParentId: 'ward', effectiveDate: '2026-02-01' } },
    ]);
  });

  it('orders a merge: the new target first, then re-parented children, closures last', () => {
    const versions = [...ward(), row('gc2', 'ward', 'GRASSROOTS_COMMITTEE', 'DD.GC2'), row('gc2-1', 'gc2', 'PARTY_CELL', 'DD.GC2.01')];
    const plan = planMergeOrganisations(
      {
        effectiveDate: '2026-03-01',
        sourceIds: ['gc', 'gc2'],
        target: { create: { organisationId: 'gc-new', parentId: 'ward', kind: 'GRASSROOTS_COMMITTEE', sector: 'SCHOOL', code: 'DD.GCN', name: 'Đảng bộ mới' } },
      },
      { versions, today: TODAY, memberPlacements: [] },
    );
    const events = organisationPlanEvents(versions, plan);
    expect(events.map((event) => [event.kind, event.data.organisationId])).toEqual([
      ['registered', 'gc-new'],
      ['moved', 'gc-1'],
      ['moved', 'gc2-1'],
      ['closed', 'gc'],
      ['closed', 'gc2'],
    ]);
    expect(events[3].data).toEqual({ organisationId: 'gc', effectiveDate: '2026-03-01', reason: 'MERGED', successorIds: ['gc-new'] });
  });
});
