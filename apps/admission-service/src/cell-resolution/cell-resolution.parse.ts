import { checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { RecordCellResolutionInput, RecordRecognitionResolutionInput } from './cell-resolution.input';
import type { RecordCellResolutionCommand, RecordRecognitionResolutionCommand } from './cell-resolution.service';

/** GraphQL input → command: attendance listed once, each override with its reason; the domain counts the vote. */
export function parseRecordCellResolution(input: RecordCellResolutionInput): RecordCellResolutionCommand {
  const problems = new Problems();
  const seen = new Set<string>();
  input.presentMemberIds.forEach((memberId, index) => {
    if (seen.has(memberId)) problems.add(`input.presentMemberIds[${index}]`, 'is listed twice');
    seen.add(memberId);
  });
  const baseOverrides = (input.baseOverrides ?? []).map((override, index) => ({
    memberId: override.memberId,
    counted: override.counted,
    reason: checkRequiredText(problems, `input.baseOverrides[${index}].reason`, override.reason, TEXT_LIMITS.note),
  }));
  problems.throwIfAny();
  return { dossierId: input.dossierId, meetingDate: input.meetingDate, presentMemberIds: input.presentMemberIds, baseOverrides, inFavour: input.inFavour };
}

/** The recognition vote: the same attendance and count, and the papers' dates (missing ones are for the rule to name). */
export function parseRecordRecognitionResolution(input: RecordRecognitionResolutionInput): RecordRecognitionResolutionCommand {
  return {
    ...parseRecordCellResolution(input),
    papers: { selfReviewOn: input.selfReviewOn ?? null, mentorCommentsOn: input.mentorCommentsOn ?? null, organisationCommentsOn: input.organisationCommentsOn ?? null },
  };
}
