import { addDays, maxDate } from '@pdv/calendar';
import type { ClosedOrganisation } from '@pdv/organisation-domain';
import { toInstant } from '../common/dates';
import type { Recorder } from '../common/service-scope';
import type { OrganisationClosureView, OrganisationHistoryRow, OrganisationVersionView } from './organisation.queries';
import type { TreeEntry } from './organisation-read.service';
import { Organisation, OrganisationClosure, OrganisationTreeNode, OrganisationVersionRecord } from './organisation.type';

export function toOrganisation(view: OrganisationVersionView, asOf: string): Organisation {
  return Object.assign(new Organisation(), {
    id: view.id,
    code: view.code,
    name: view.name,
    kind: view.kind,
    sector: view.sector,
    parentId: view.parentId,
    validFrom: view.validFrom,
    validTo: view.validTo,
    nameSortKey: view.nameSortKey,
    asOf,
  });
}

/** A stored closure (organisation row) as the API shows it; null while the organisation exists. */
export function toClosure(row: OrganisationClosureView): OrganisationClosure | null {
  if (!row.closedOn || !row.closureReason || !row.closedAt || !row.closedBy) return null;
  return Object.assign(new OrganisationClosure(), {
    organisationId: row.id,
    effectiveDate: row.closedOn,
    reason: row.closureReason,
    successorIds: row.successorIds ?? [],
    recordedAt: toInstant(row.closedAt),
    recordedBy: row.closedBy,
    recordedByRole: row.closedByRole,
    note: row.closureNote,
  });
}

/** A closure just planned, before it is read back. */
export function toPlannedClosure(closed: ClosedOrganisation, recorder: Recorder, at: Date, note: string): OrganisationClosure {
  return Object.assign(new OrganisationClosure(), {
    organisationId: closed.organisationId,
    effectiveDate: closed.effectiveDate,
    reason: closed.reason,
    successorIds: closed.successorIds,
    recordedAt: at,
    recordedBy: recorder.id,
    recordedByRole: recorder.role,
    note,
  });
}

export function toVersionRecord(row: OrganisationHistoryRow): OrganisationVersionRecord {
  return Object.assign(new OrganisationVersionRecord(), {
    code: row.code,
    name: row.name,
    kind: row.kind,
    sector: row.sector,
    parentId: row.parentId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    changeKind: row.changeKind,
    note: row.changeNote,
    recordedAt: toInstant(row.recordedAt),
    recordedBy: row.recordedBy,
    recordedByRole: row.recordedByRole,
  });
}

export function toTreeNode(entry: TreeEntry, asOf: string): OrganisationTreeNode {
  return Object.assign(new OrganisationTreeNode(), {
    organisation: toOrganisation(entry.view, asOf),
    depth: entry.depth,
    children: entry.children.map((child) => toTreeNode(child, asOf)),
  });
}

/**
 * The last day a version was in force (the day before its exclusive end), so a closed
 * organisation is shown as it was then; an open version's own first day otherwise.
 */
export function lastDayOf(view: Pick<OrganisationVersionView, 'validFrom' | 'validTo'>): string {
  if (!view.validTo) return view.validFrom;
  return maxDate(addDays(view.validTo, -1), view.validFrom);
}
