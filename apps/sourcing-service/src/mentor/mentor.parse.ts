import { checkRequiredText, Problems } from '@pdv/errors';
import type { AssignMentorInput, ReleaseMentorInput } from './mentor.input';

/** GraphQL inputs → mentor commands. The candidate's id is looked up in scope by the service (NOT_FOUND when unknown). */

export const MAX_RELEASE_REASON = 500;

export interface AssignMentorCommand {
  candidateId: string;
  memberId: string;
  /** The seed passes deterministic ids; the API never does. */
  id?: string;
}

export interface ReleaseMentorCommand {
  candidateId: string;
  memberId: string;
  /** NFC, trimmed. */
  reason: string;
}

export function parseAssignMentor(input: AssignMentorInput): AssignMentorCommand {
  return { candidateId: input.candidateId, memberId: input.memberId };
}

export function parseReleaseMentor(input: ReleaseMentorInput): ReleaseMentorCommand {
  const problems = new Problems();
  const reason = checkRequiredText(problems, 'input.reason', input.reason, MAX_RELEASE_REASON);
  problems.throwIfAny('The reason is not valid.');
  return { candidateId: input.candidateId, memberId: input.memberId, reason };
}
