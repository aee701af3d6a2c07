import { supervisionAssigned, supervisionEnded } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import { endSupervisionAssignment, planSupervisionAssignment } from '@pdv/organisation-domain';
import { visibleOrganisationIds } from '../common/access';
import { newId } from '../common/ids';
import type { ServiceScope } from '../common/service-scope';
import { lockOrganisationTreeShared } from '../common/tree-lock';
import { findMembersByIds, findPlacements } from '../member/party-member.queries';
import { loadAllVersions } from '../organisation/organisation.queries';
import { SupervisionAssignmentEntity, type SupervisionAssignmentRow } from './supervision.entity';
import { type AssignmentQuery, findAssignmentById, findAssignments, toDomainAssignment } from './supervision.queries';

export interface AssignSupervisionCommand {
  committeeMemberId: string;
  organisationId: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
}

/** Which committee member follows which organisation, for which period. */
export class SupervisionService {
  constructor(private readonly scope: ServiceScope) {}

  /** Assignments matching the query; a cell secretary sees those of their subtree only. */
  async list(query: AssignmentQuery): Promise<SupervisionAssignmentRow[]> {
    const visible = await visibleOrganisationIds(this.scope);
    const organisationIds = visible ? (query.organisationIds ?? [...visible]).filter((id) => visible.has(id)) : query.organisationIds;
    return findAssignments(this.scope.em, { ...query, organisationIds });
  }

  async assign(command: AssignSupervisionCommand): Promise<SupervisionAssignmentRow> {
    const { clock, actor, events } = this.scope;
    return this.scope.em.transactional(async (em) => {
      await lockOrganisationTreeShared(em);
      const [supervisor] = await findMembersByIds(em, [command.committeeMemberId], { forUpdate: true });
      if (!supervisor) throw AppError.notFound('Party member', command.committeeMemberId);
      // One after another: a transaction has one connection, which runs one query at a time.
      const versions = await loadAllVersions(em);
      const placements = await findPlacements(em, [supervisor.id]);
      const existing = await findAssignments(em, { committeeMemberId: command.committeeMemberId, organisationIds: [command.organisationId], asOf: null });
      const planned = planSupervisionAssignment(
        { assignmentId: newId(), ...command },
        {
          versions,
          assignments: existing.map(toDomainAssignment),
          supervisor: {
            member: supervisor,
            periods: placements.map((p) => ({ organisationId: p.organisationId, from: p.validFrom, to: p.validTo, away: p.away, exempt: p.exempt })),
          },
        },
      );
      const row: SupervisionAssignmentRow = {
        id: planned.assignmentId,
        committeeMemberId: planned.committeeMemberId,
        organisationId: planned.organisationId,
        validFrom: planned.validFrom,
        validTo: planned.validTo,
        note: command.note,
        assignedAt: clock.now(),
        assignedBy: actor.id,
        assignedByRole: actor.role,
        endedAt: null,
        endedBy: null,
        endedByRole: null,
      };
      await em.insertMany(SupervisionAssignmentEntity, [row]);
      events.recordEvent(em, supervisionAssigned, {
        aggregateId: row.id,
        actor,
        data: {
          assignmentId: row.id,
          committeeMemberId: row.committeeMemberId,
          organisationId: row.organisationId,
          validFrom: row.validFrom,
          validTo: row.validTo,
        },
      });
      return row;
    });
  }

  async end(assignmentId: string, validTo: string): Promise<SupervisionAssignmentRow> {
    const { clock, actor, events } = this.scope;
    return this.scope.em.transactional(async (em) => {
      const row = await findAssignmentById(em, assignmentId, { forUpdate: true });
      if (!row) throw AppError.notFound('Supervision assignment', assignmentId);
      const ended = endSupervisionAssignment(toDomainAssignment(row), validTo);
      const updated: SupervisionAssignmentRow = { ...row, validTo: ended.validTo, endedAt: clock.now(), endedBy: actor.id, endedByRole: actor.role };
      await em.execute(
        'update supervision_assignment set valid_to = ?::date, ended_at = ?, ended_by = ?, ended_by_role = ? where id = ?::uuid',
        [updated.validTo, updated.endedAt, updated.endedBy, updated.endedByRole, updated.id],
      );
      events.recordEvent(em, supervisionEnded, {
        aggregateId: row.id,
        actor,
        data: { assignmentId: row.id, organisationId: row.organisationId, validTo: ended.validTo as string },
      });
      return updated;
    });
  }
}
