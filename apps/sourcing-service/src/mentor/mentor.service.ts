import { LockMode } from '@mikro-orm/postgresql';
import { assertRecordInScope } from '@pdv/auth';
import { mentorAssigned } from '@pdv/contracts';
import { AppError, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { checkMentorAssignment } from '@pdv/sourcing-domain';
import { CandidateEntity, type CandidateRow } from '../candidate/candidate.entity';
import { releaseOpenMentors } from '../candidate/candidate-stage.writer';
import { PolicyService } from '../policy/policy.service';
import { requireMember } from '@pdv/organisation-read-model';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import type { Caller } from '../common/caller';
import { requireCaller, type ServiceScope } from '../common/service-scope';
import { SourcingScopes } from '../mass-organisation/mass-organisation.scopes';
import { MentorAssignmentEntity, type MentorAssignmentRow } from './mentor.entity';
import type { AssignMentorCommand, ReleaseMentorCommand } from './mentor.parse';

/** Mentors: official members of the nurturing cell, validated against the member read model. */
export class MentorService {
  constructor(private readonly scope: ServiceScope) {}

  async assign(command: AssignMentorCommand): Promise<MentorAssignmentRow> {
    const caller = requireCaller(this.scope);
    const policy = await new PolicyService(this.scope).current();
    return this.scope.em.transactional(async (tx) => {
      const candidate = await this.lockInScope(tx, caller, command.candidateId);
      // Locking the member's row serialises two assignments of one member, so the load limit holds.
      await tx.execute('select id from member_read_model where id = ?::uuid for update', [command.memberId]);
      const member = await requireMember(tx, command.memberId, 'sourcing');
      const [mentors, load] = await Promise.all([
        tx.find(MentorAssignmentEntity, { candidateId: candidate.id, releasedOn: null }),
        tx.count(MentorAssignmentEntity, { memberId: member.id, releasedOn: null }),
      ]);
      const now = this.scope.deps.clock.now();
      const assignment = checkMentorAssignment({
        candidate: {
          candidateId: candidate.id,
          status: candidate.status,
          cellId: candidate.cellId,
          activeMentorIds: mentors.map((mentor) => mentor.memberId),
        },
        member: {
          memberId: member.id,
          organisationId: member.organisationId,
          status: member.status,
          active: member.active,
          temporarilyAway: member.temporarilyAway,
          activityExempt: member.activityExempt,
          activeMenteeCount: load,
        },
        now,
        policy,
      });
      const row = tx.create(MentorAssignmentEntity, {
        id: command.id ?? this.scope.deps.newId(),
        candidateId: assignment.candidateId,
        memberId: assignment.memberId,
        cellId: assignment.cellId,
        assignedOn: assignment.assignedOn,
        assignedAt: now,
        assignedBy: caller.identity.userId,
        releasedOn: null,
        releasedAt: null,
        releasedBy: null,
        releaseReason: null,
      });
      tx.persist(row);
      this.scope.deps.events.recordEvent(tx, mentorAssigned, {
        aggregateId: candidate.id,
        actor: caller.actor,
        occurredAt: now,
        data: { candidateId: candidate.id, memberId: member.id, cellId: candidate.cellId, assignedOn: assignment.assignedOn },
      });
      return row;
    });
  }

  async release(command: ReleaseMentorCommand): Promise<MentorAssignmentRow> {
    const caller = requireCaller(this.scope);
    const { reason } = command;
    return this.scope.em.transactional(async (tx) => {
      const candidate = await this.lockInScope(tx, caller, command.candidateId);
      const released = await releaseOpenMentors(tx, this.scope.deps, candidate.id, reason, caller.actor, this.scope.deps.clock.now(), command.memberId);
      if (released === 0) throw ruleViolation(SOURCING_APP_RULES['SOURCING.MENTOR_NOT_ASSIGNED']);
      const [row] = await tx.find(MentorAssignmentEntity, { candidateId: candidate.id, memberId: command.memberId }, { orderBy: { assignedAt: 'desc' }, limit: 1 });
      return row;
    });
  }

  private async lockInScope(tx: EntityManager, caller: Caller, candidateId: string): Promise<CandidateRow> {
    const candidate = await tx.findOne(CandidateEntity, { id: candidateId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!candidate) throw AppError.notFound('Candidate', candidateId);
    await assertRecordInScope(caller.identity, candidate.cellId, new SourcingScopes(tx), () => AppError.notFound('Candidate', candidateId));
    return candidate;
  }
}

export async function findMentorsOfCandidates(em: EntityManager, candidateIds: readonly string[]): Promise<MentorAssignmentRow[]> {
  if (candidateIds.length === 0) return [];
  return em.find(MentorAssignmentEntity, { candidateId: { $in: [...candidateIds] } }, { orderBy: { assignedAt: 'asc', id: 'asc' } });
}
