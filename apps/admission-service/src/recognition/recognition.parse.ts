import { checkOptionalText, checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { RecordRecognitionDecisionInput } from './recognition.input';
import type { RecordRecognitionDecisionCommand } from './recognition.service';

/** A removal of the name needs its reason; a recognition takes none. */
export function parseRecordRecognitionDecision(input: RecordRecognitionDecisionInput): RecordRecognitionDecisionCommand {
  const problems = new Problems();
  const decisionNumber = checkRequiredText(problems, 'input.decisionNumber', input.decisionNumber, TEXT_LIMITS.code, { singleLine: true });
  const reason = checkOptionalText(problems, 'input.reason', input.reason, TEXT_LIMITS.note);
  if (input.outcome === 'NAME_REMOVED' && !reason) problems.add('input.reason', 'is required to remove a name: say why, for the dossier’s history');
  if (input.outcome === 'RECOGNISED' && reason) problems.add('input.reason', 'is for a removal of the name: leave it out for a recognition');
  problems.throwIfAny();
  return { dossierId: input.dossierId, outcome: input.outcome, decisionNumber, decisionDate: input.decisionDate, reason: reason ?? null };
}
