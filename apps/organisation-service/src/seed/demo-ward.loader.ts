import { periodsOverlap } from '@pdv/calendar';
import {
  type Actor,
  type EventContract,
  memberRegistered,
  organisationRegistered,
  planTermSet,
  supervisionAssigned,
  targetExemptionSet,
} from '@pdv/contracts';
import type { EventRecorder } from '@pdv/messaging';
import {
  applyPlan,
  assertCellForMembers,
  type MemberMovement,
  type OrganisationVersion,
  applyMovement,
  initialMemberState,
  type PartyMemberRecord,
  placementPeriods,
  planRegisterOrganisation,
  planSupervisionAssignment,
  planTargetExemption,
} from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import { insertSkippingExisting } from '../common/bulk-insert';
import { lockOrganisationTree } from '../common/tree-lock';
import { toDomainExemption, findExemptions } from '../exemption/target-exemption.queries';
import type { TargetExemptionRow } from '../exemption/target-exemption.entity';
import { memberStatePayload } from '../member/member-events';
import type { MemberMovementRow } from '../member/member-movement.entity';
import type { MemberPlacementRow } from '../member/member-placement.entity';
import { newMemberRow, placementRows, withState } from '../member/member-record';
import { assertValidMemberRecord } from '../member/member-record.validation';
import { findMembersByIds, findPlacements } from '../member/party-member.queries';
import { loadAllVersions, refreshOrganisationClosure } from '../organisation/organisation.queries';
import { organisationRow, versionRow } from '../organisation/organisation-plan.writer';
import { loadPolicy } from '../policy/organisation-policy.queries';
import type { SupervisionAssignmentRow } from '../supervision/supervision.entity';
import { findAssignments, toDomainAssignment } from '../supervision/supervision.queries';
import type { DemoWard } from './demo-ward';
import {
  ASSIGNMENT_COLUMNS,
  EXEMPTION_COLUMNS,
  MEMBER_COLUMNS,
  MOVEMENT_COLUMNS,
  ORGANISATION_COLUMNS,
  PLACEMENT_COLUMNS,
  VERSION_COLUMNS,
} from './seed-columns';

/** Who the seed's rows and events are recorded as. */
export const SEED_ACTOR: Actor = { kind: 'SYSTEM', id: 'demo-seed', role: null };
const SEED_NOTE = 'Demo data (seed).';

export interface SeedDeps {
  events: EventRecorder;
  /** Today in Hanoi: the domain's checks refuse dates after it. */
  today: string;
  now: Date;
}

/** What one run added; all zero when the ward was loaded already. */
export interface SeedReport {
  organisations: number;
  members: number;
  movements: number;
  exemptions: number;
  supervisionAssignments: number;
  events: number;
}

/**
 * Loads the demo ward in one transaction, checked by the same domain rules as the API, in
 * bulk (one statement per table and 2,000 rows). Rows that exist already (same deterministic
 * id, or a clash on a unique value) are skipped along with everything that depends on them,
 * and only rows actually inserted get events: a second run inserts nothing and publishes
 * nothing. The events go through the outbox, so the other services' read models get the ward.
 */
export async function loadDemoWard(em: EntityManager, ward: DemoWard, deps: SeedDeps): Promise<SeedReport> {
  return em.transactional(async (tx) => {
    await lockOrganisationTree(tx);
    let events = 0;
    const record = <TData>(contract: EventContract<TData>, aggregateId: string, data: TData): void => {
      deps.events.recordEvent(tx, contract, { aggregateId, actor: SEED_ACTOR, data });
      events += 1;
    };
    const meta = { recorder: { id: SEED_ACTOR.id, role: null }, now: deps.now, note: SEED_NOTE };

    // Organisations, parents first, each checked by the registration rules.
    let versions = await loadAllVersions(tx);
    const known = new Set(versions.map((v) => v.organisationId));
    const policy = await loadPolicy(tx);
    // A ward loaded into an empty tree announces the plan term this service owns (other
    // services keep it from the event; updateOrganisationPolicy announces later changes).
    if (known.size === 0) record(planTermSet, 'plan-term', { firstYear: policy.planTerm.firstYear, lastYear: policy.planTerm.lastYear });
    const fresh: OrganisationVersion[] = [];
    for (const org of ward.organisations) {
      if (known.has(org.organisationId)) continue;
      const plan = planRegisterOrganisation({ ...org }, { versions, today: deps.today, policy });
      versions = applyPlan(versions, plan);
      fresh.push(...plan.open);
    }
    const newOrganisations = await insertSkippingExisting(tx, 'organisation', ORGANISATION_COLUMNS, fresh.map((v) => organisationRow(v.organisationId, meta)));
    const newVersions = fresh.filter((v) => newOrganisations.has(v.organisationId));
    await insertSkippingExisting(tx, 'organisation_version', VERSION_COLUMNS, newVersions.map((v) => versionRow(v, 'REGISTERED', meta)));
    await refreshOrganisationClosure(tx, newVersions.map((v) => v.organisationId));
    for (const v of newVersions) {
      record(organisationRegistered, v.organisationId, {
        organisationId: v.organisationId,
        parentId: v.parentId,
        kind: v.kind,
        sector: v.sector,
        code: v.code,
        name: v.name,
        validFrom: v.validFrom,
      });
    }

    // Members with their movements, placement periods and projection. Members already here
    // are skipped before any check: users may since have moved them or closed their cell.
    const present = new Set((await findMembersByIds(tx, ward.members.map((m) => m.memberId))).map((row) => row.id));
    const movementsOf = new Map<string, MemberMovement[]>();
    for (const movement of ward.movements) movementsOf.set(movement.memberId, [...(movementsOf.get(movement.memberId) ?? []), movement]);
    const members = ward.members
      .filter((input) => !present.has(input.memberId))
      .map((input) => {
        const memberRecord = assertValidMemberRecord(input, deps.today);
        assertCellForMembers(versions, memberRecord.organisationId, memberRecord.registeredOn);
        return memberRows(memberRecord, movementsOf.get(memberRecord.memberId) ?? [], deps);
      });
    const newMembers = await insertSkippingExisting(tx, 'party_member', MEMBER_COLUMNS, members.map((m) => m.row));
    const inserted = members.filter((m) => newMembers.has(m.row.id));
    const movementRows = inserted.flatMap((m) => m.movements);
    await insertSkippingExisting(tx, 'member_movement', MOVEMENT_COLUMNS, movementRows);
    await insertSkippingExisting(tx, 'member_placement', PLACEMENT_COLUMNS, inserted.flatMap((m) => m.placements));
    for (const { row } of inserted) {
      record(memberRegistered, row.id, {
        ...memberStatePayload(row),
        candidateId: row.candidateId,
        admissionDecisionDate: row.admissionDecisionDate,
        officialDate: row.officialDate,
      });
    }

    // Target exemptions, checked against the sector rules. One already here (same id, even
    // revoked since) or another in force for the same organisation and year is left alone.
    const allExemptions = (await findExemptions(tx, { year: null, organisationIds: null, includeRevoked: true })).map(toDomainExemption);
    const inForce = allExemptions.filter((e) => e.revokedOn === null);
    const exemptionRows: TargetExemptionRow[] = ward.exemptions
      .filter((e) => !allExemptions.some((x) => x.exemptionId === e.exemptionId || (x.revokedOn === null && x.organisationId === e.organisationId && x.year === e.year)))
      .map((e) => planTargetExemption(e, { versions, exemptions: inForce, policy }))
      .map((e) => ({
        id: e.exemptionId,
        organisationId: e.organisationId,
        year: e.year,
        reason: e.reason,
        note: SEED_NOTE,
        setAt: deps.now,
        setBy: SEED_ACTOR.id,
        setByRole: null,
        revokedOn: null,
        revokedAt: null,
        revokedBy: null,
        revokedByRole: null,
        revocationNote: null,
      }));
    const newExemptions = await insertSkippingExisting(tx, 'target_exemption', EXEMPTION_COLUMNS, exemptionRows);
    for (const e of exemptionRows.filter((row) => newExemptions.has(row.id))) {
      record(targetExemptionSet, e.id, { exemptionId: e.id, organisationId: e.organisationId, year: e.year, reason: e.reason });
    }

    // Supervision, each assignment checked against its committee member as stored now. One
    // already here, or overlapping one a user recorded, is left alone.
    const supervisors = new Map((await findMembersByIds(tx, ward.committeeMemberIds)).map((row) => [row.id, row]));
    const periodsOf = new Map<string, MemberPlacementRow[]>();
    for (const placement of await findPlacements(tx, ward.committeeMemberIds)) {
      periodsOf.set(placement.memberId, [...(periodsOf.get(placement.memberId) ?? []), placement]);
    }
    const existingAssignments = (await findAssignments(tx, { committeeMemberId: null, organisationIds: null, asOf: null })).map(toDomainAssignment);
    const assignmentRows: SupervisionAssignmentRow[] = [];
    for (const assignment of ward.supervisionAssignments) {
      const supervisor = supervisors.get(assignment.committeeMemberId);
      const overlaps = existingAssignments.some(
        (a) =>
          a.assignmentId === assignment.assignmentId ||
          (a.committeeMemberId === assignment.committeeMemberId &&
            a.organisationId === assignment.organisationId &&
            periodsOverlap(a.validFrom, a.validTo, assignment.validFrom, assignment.validTo)),
      );
      if (!supervisor || overlaps) continue;
      const periods = (periodsOf.get(supervisor.id) ?? []).map((p) => ({ organisationId: p.organisationId, from: p.validFrom, to: p.validTo, away: p.away, exempt: p.exempt }));
      const planned = planSupervisionAssignment(assignment, {
        versions,
        assignments: [...existingAssignments, ...assignmentRows.map(toDomainAssignment)],
        supervisor: { member: supervisor, periods },
      });
      assignmentRows.push({
        ...planned,
        id: planned.assignmentId,
        note: SEED_NOTE,
        assignedAt: deps.now,
        assignedBy: SEED_ACTOR.id,
        assignedByRole: null,
        endedAt: null,
        endedBy: null,
        endedByRole: null,
      });
    }
    const newAssignments = await insertSkippingExisting(tx, 'supervision_assignment', ASSIGNMENT_COLUMNS, assignmentRows);
    for (const a of assignmentRows.filter((row) => newAssignments.has(row.id))) {
      record(supervisionAssigned, a.id, {
        assignmentId: a.id,
        committeeMemberId: a.committeeMemberId,
        organisationId: a.organisationId,
        validFrom: a.validFrom,
        validTo: a.validTo,
      });
    }

    return {
      organisations: newVersions.length,
      members: inserted.length,
      movements: movementRows.length,
      exemptions: newExemptions.size,
      supervisionAssignments: newAssignments.size,
      events,
    };
  });
}

/**
 * A seeded member's rows: the record with its projection after all movements, the
 * movements (each with the cell it left) and the placement periods they give.
 */
function memberRows(record: PartyMemberRecord, history: readonly MemberMovement[], deps: SeedDeps) {
  let state = initialMemberState(record);
  const movements = history.map((movement, i): MemberMovementRow => {
    const fromOrganisationId = state.organisationId;
    state = applyMovement(state, movement, deps.today);
    return {
      id: movement.movementId,
      memberId: movement.memberId,
      position: i + 1,
      kind: movement.kind,
      effectiveDate: movement.effectiveDate,
      fromOrganisationId,
      toOrganisationId: movement.toOrganisationId,
      origin: 'REQUEST',
      note: SEED_NOTE,
      recordedAt: deps.now,
      recordedBy: SEED_ACTOR.id,
      recordedByRole: null,
    };
  });
  const row = withState(newMemberRow(record, 'EXISTING', { id: SEED_ACTOR.id, role: null }, deps.now), state, deps.now);
  return { row, movements, placements: placementRows(record.memberId, placementPeriods(record, history)) };
}
