import type { OrganisationPlan, OrganisationVersion } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import { foldDiacritics, vietnameseStringKey } from '@pdv/vn-identity';
import { newId } from '../common/ids';
import type { Recorder } from '../common/service-scope';
import { refreshOrganisationClosure } from './organisation.queries';
import { OrganisationEntity, type OrganisationRow, OrganisationVersionEntity, type OrganisationVersionRow, type VersionChangeKind } from './organisation.entity';

/** Why the plan's rows begin: one kind for organisations it creates, one for those it changes. */
export interface PlanChangeKinds {
  created: VersionChangeKind;
  changed: VersionChangeKind;
}

export interface PlanWriteMeta {
  kinds: PlanChangeKinds;
  recorder: Recorder;
  now: Date;
  note: string | null;
}

/** The stored row of a version, with the derived sort and search columns. */
export function versionRow(version: OrganisationVersion, changeKind: VersionChangeKind, meta: Omit<PlanWriteMeta, 'kinds'>): OrganisationVersionRow {
  return {
    id: newId(),
    organisationId: version.organisationId,
    validFrom: version.validFrom,
    validTo: version.validTo,
    parentId: version.parentId,
    kind: version.kind,
    sector: version.sector,
    code: version.code,
    name: version.name,
    nameSortKey: vietnameseStringKey(version.name),
    searchText: foldDiacritics(`${version.name} ${version.code}`),
    recordedAt: meta.now,
    recordedBy: meta.recorder.id,
    recordedByRole: meta.recorder.role,
    changeKind,
    changeNote: meta.note,
  };
}

export function organisationRow(id: string, meta: Omit<PlanWriteMeta, 'kinds'>): OrganisationRow {
  return {
    id,
    createdAt: meta.now,
    createdBy: meta.recorder.id,
    createdByRole: meta.recorder.role,
    closedOn: null,
    closureReason: null,
    successorIds: null,
    closedAt: null,
    closedBy: null,
    closedByRole: null,
    closureNote: null,
  };
}

/**
 * Applies a validated plan inside the caller's transaction, as applyPlan describes it:
 * closes the open rows it names (first, so the one-open-row index holds), opens its rows,
 * creates the organisations it brings into being and records how closed ones ended.
 */
export async function writeOrganisationPlan(
  em: EntityManager,
  previous: readonly OrganisationVersion[],
  plan: OrganisationPlan,
  meta: PlanWriteMeta,
): Promise<void> {
  for (const closure of plan.close) {
    await em.execute(
      `update organisation_version set valid_to = ?::date
        where organisation_id = ?::uuid and valid_from = ?::date and valid_to is null`,
      [closure.validTo, closure.organisationId, closure.validFrom],
    );
  }
  const known = new Set(previous.map((version) => version.organisationId));
  const created = [...new Set(plan.open.map((row) => row.organisationId).filter((id) => !known.has(id)))];
  if (created.length > 0) await em.insertMany(OrganisationEntity, created.map((id) => organisationRow(id, meta)));
  if (plan.open.length > 0) {
    await em.insertMany(
      OrganisationVersionEntity,
      plan.open.map((row) => versionRow(row, known.has(row.organisationId) ? meta.kinds.changed : meta.kinds.created, meta)),
    );
  }
  for (const closed of plan.closed) {
    await em.execute(
      `update organisation set closed_on = ?::date, closure_reason = ?, successor_ids = ?::jsonb, closed_at = ?,
              closed_by = ?, closed_by_role = ?, closure_note = ?
        where id = ?::uuid`,
      [
        closed.effectiveDate,
        closed.reason,
        JSON.stringify(closed.successorIds),
        meta.now,
        meta.recorder.id,
        meta.recorder.role,
        meta.note,
        closed.organisationId,
      ],
    );
  }
  // The closure table follows the tree in this same transaction: readers never see them differ.
  await refreshOrganisationClosure(em, [...plan.close.map((row) => row.organisationId), ...plan.open.map((row) => row.organisationId)]);
}
