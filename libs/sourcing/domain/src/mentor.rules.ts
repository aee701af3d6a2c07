import { ruleViolation } from '@pdv/errors';
import { NURTURED_STATUSES } from './candidate-status.rules';
import { localDateInVietnam } from '@pdv/calendar';
import type { CandidateStatus, PartyMemberStatus } from './sourcing.enums';
import { DEFAULT_SOURCING_POLICY, type SourcingPolicy } from './sourcing.policy';
import { SOURCING_RULES } from './sourcing.rules';

/** What the rules need to know about the candidate. */
export interface MentorCandidateView {
  candidateId: string;
  status: CandidateStatus;
  /** The cell nurturing the candidate. */
  cellId: string;
  /** Members currently mentoring this candidate. */
  activeMentorIds: readonly string[];
}

/** What the rules need to know about the member (from the organisation service's events). */
export interface MentorMemberView {
  memberId: string;
  /** The member's cell; null once they left. */
  organisationId: string | null;
  status: PartyMemberStatus;
  active: boolean;
  temporarilyAway: boolean;
  activityExempt: boolean;
  /** Candidates this member currently mentors (all cells). */
  activeMenteeCount: number;
}

export interface MentorAssignment {
  candidateId: string;
  memberId: string;
  cellId: string;
  assignedOn: string;
}

/**
 * Checks that a member may become a mentor (đảng viên giúp đỡ) of a candidate, and returns the
 * assignment. Rules, checked in this order (the first broken one is thrown):
 * SOURCING.MENTOR_CANDIDATE_STATUS, MENTOR_MUST_BE_ACTIVE, MENTOR_MUST_BE_OFFICIAL,
 * MENTOR_AVAILABLE, MENTOR_IN_SAME_CELL, MENTOR_ALREADY_ASSIGNED, MENTOR_LOAD.
 */
export function checkMentorAssignment(args: {
  candidate: MentorCandidateView;
  member: MentorMemberView;
  now: Date;
  policy?: Pick<SourcingPolicy, 'maxCandidatesPerMentor'>;
}): MentorAssignment {
  const { candidate, member, now } = args;
  const max = (args.policy ?? DEFAULT_SOURCING_POLICY).maxCandidatesPerMentor;
  if (!NURTURED_STATUSES.includes(candidate.status)) {
    throw ruleViolation(SOURCING_RULES['SOURCING.MENTOR_CANDIDATE_STATUS'], `The candidate is ${candidate.status}.`, {
      status: candidate.status,
    });
  }
  if (!member.active) throw ruleViolation(SOURCING_RULES['SOURCING.MENTOR_MUST_BE_ACTIVE']);
  if (member.status !== 'OFFICIAL') {
    throw ruleViolation(SOURCING_RULES['SOURCING.MENTOR_MUST_BE_OFFICIAL'], `This member is ${member.status}.`, {
      memberStatus: member.status,
    });
  }
  if (member.temporarilyAway || member.activityExempt) {
    throw ruleViolation(
      SOURCING_RULES['SOURCING.MENTOR_AVAILABLE'],
      member.temporarilyAway ? 'This member is on temporary transfer elsewhere.' : 'This member is exempt from activities.',
      { temporarilyAway: member.temporarilyAway, activityExempt: member.activityExempt },
    );
  }
  if (member.organisationId !== candidate.cellId) {
    throw ruleViolation(SOURCING_RULES['SOURCING.MENTOR_IN_SAME_CELL'], undefined, {
      memberCellId: member.organisationId,
      candidateCellId: candidate.cellId,
    });
  }
  if (candidate.activeMentorIds.includes(member.memberId)) {
    throw ruleViolation(SOURCING_RULES['SOURCING.MENTOR_ALREADY_ASSIGNED']);
  }
  if (member.activeMenteeCount >= max) {
    throw ruleViolation(
      SOURCING_RULES['SOURCING.MENTOR_LOAD'],
      `This member already mentors ${member.activeMenteeCount}; the limit is ${max}.`,
      { activeMenteeCount: member.activeMenteeCount, limit: max },
    );
  }
  return { candidateId: candidate.candidateId, memberId: member.memberId, cellId: candidate.cellId, assignedOn: localDateInVietnam(now) };
}
