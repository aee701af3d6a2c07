import { checkOptionalText, checkRequiredText, Problems } from '@pdv/errors';
import type { DismissPossibleDuplicateInput, LinkPossibleDuplicateInput } from './possible-duplicate.input';

/** GraphQL inputs → decisions on a flagged pair. */

export const MAX_DUPLICATE_NOTE = 1_000;

export interface LinkPossibleDuplicateCommand {
  possibleDuplicateId: string;
  keepCandidateId: string;
  /** NFC, trimmed, non-empty: how it was established that this is one person. */
  note: string;
}

export interface DismissPossibleDuplicateCommand {
  possibleDuplicateId: string;
  note: string | null;
}

export function parseLinkPossibleDuplicate(input: LinkPossibleDuplicateInput): LinkPossibleDuplicateCommand {
  const problems = new Problems();
  const note = checkRequiredText(problems, 'input.note', input.note, MAX_DUPLICATE_NOTE);
  problems.throwIfAny('The link is not valid.');
  return { possibleDuplicateId: input.possibleDuplicateId, keepCandidateId: input.keepCandidateId, note };
}

export function parseDismissPossibleDuplicate(input: DismissPossibleDuplicateInput): DismissPossibleDuplicateCommand {
  const problems = new Problems();
  const note = checkOptionalText(problems, 'input.note', input.note, MAX_DUPLICATE_NOTE);
  problems.throwIfAny('The dismissal is not valid.');
  return { possibleDuplicateId: input.possibleDuplicateId, note };
}
