import { LockMode } from '@mikro-orm/postgresql';
import { assertOrganisationInScope } from '@pdv/auth';
import { mentorAssigned } from '@pdv/contracts';
import { AppError, ruleViolation } from '@pdv/errors';
import { requireMember } from '@pdv/organisation-read-model';
import type { EntityManager } from '@pdv/persistence';
import { checkMentorAssignment } from '@pdv/sourcing-domain';
import { CandidateEntity, type CandidateRow } from '../candidate/candidate.entity';
import { releaseOpenMentors } from '../candidate/candidate-lifecycle';
import { PolicyService } from '../policy/policy.service';
import { SOURCING_APP_RULES } from '../shared/app-rules';
import type { Caller } from '../shared/caller';
import type { SourcingDeps } from '../shared/deps';
import { isUuid } from '../shared/ids';
import { SourcingScopes } from '../mass-organisation/mass-organisation.scopes';
import { MentorAssignmentEntity, type MentorAssignmentRow } from './mentor.entity';

const MAX_RELEASE_REASON = 500;

/** Mentors: official members of the nurturing cell, validated against the member read model. */
export class MentorService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: SourcingDeps,
  ) {}

  async assign(caller: Caller, command: { candidateId: string; memberId: string; id?: string }): Promise<MentorAssignmentRow> {
    if (!isUuid(command.memberId)) throw AppError.badInput('memberId must be a party member id.', [{ field: 'input.memberId', message: 'must be a UUID' }]);
    const policy = await new PolicyService(this.em, this.deps).current();
    return this.em.transactional(async (tx) => {
      const candidate = await this.lockInScope(tx, caller, command.candidateId);
      // Locking the member's row serialises two assignments of one member, so the load limit holds.
      await tx.execute('select id from member_read_model where id = ?::uuid for update', [command.memberId]);
      const member = await requireMember(tx, command.memberId, 'sourcing');
      const [mentors, load] = await Promise.all([
        tx.find(MentorAssignmentEntity, { candidateId: candidate.id, releasedOn: null }),
        tx.count(MentorAssignmentEntity, { memberId: member.id, releasedOn: null }),
      ]);
      const now = this.deps.clock.now();
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
        id: command.id ?? this.deps.newId(),
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
      this.deps.events.recordEvent(tx, mentorAssigned, {
        aggregateId: candidate.id,
        actor: caller.actor,
        occurredAt: now,
        data: { candidateId: candidate.id, memberId: member.id, cellId: candidate.cellId, assignedOn: assignment.assignedOn },
      });
      return row;
    });
  }

  async release(caller: Caller, command: { candidateId: string; memberId: string; reason: string }): Promise<MentorAssignmentRow> {
    const reason = command.reason.normalize('NFC').trim();
    if (reason === '' || reason.length > MAX_RELEASE_REASON) {
      throw AppError.badInput('The reason is not valid.', [{ field: 'input.reason', message: `must be 1 to ${MAX_RELEASE_REASON} characters` }]);
    }
    if (!isUuid(command.memberId)) throw AppError.badInput('memberId must be a party member id.', [{ field: 'input.memberId', message: 'must be a UUID' }]);
    return this.em.transactional(async (tx) => {
      const candidate = await this.lockInScope(tx, caller, command.candidateId);
      const released = await releaseOpenMentors(tx, this.deps, candidate.id, reason, caller.actor, this.deps.clock.now(), command.memberId);
      if (released === 0) throw ruleViolation(SOURCING_APP_RULES['SOURCING.MENTOR_NOT_ASSIGNED']);
      const [row] = await tx.find(MentorAssignmentEntity, { candidateId: candidate.id, memberId: command.memberId }, { orderBy: { assignedAt: 'desc' }, limit: 1 });
      return row;
    });
  }

  private async lockInScope(tx: EntityManager, caller: Caller, candidateId: string): Promise<CandidateRow> {
    const candidate = isUuid(candidateId) ? await tx.findOne(CandidateEntity, { id: candidateId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!candidate) throw AppError.notFound('Candidate', candidateId);
    await assertOrganisationInScope(caller.identity, candidate.cellId, new SourcingScopes(tx));
    return candidate;
  }
}

export async function findMentorsOfCandidates(em: EntityManager, candidateIds: readonly string[]): Promise<MentorAssignmentRow[]> {
  if (candidateIds.length === 0) return [];
  return em.find(MentorAssignmentEntity, { candidateId: { $in: [...candidateIds] } }, { orderBy: { assignedAt: 'asc', id: 'asc' } });
}
