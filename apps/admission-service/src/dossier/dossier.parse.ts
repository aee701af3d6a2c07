import { checkOptionalText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { RecordDossierDocumentInput, RecordIntroductionInput } from './dossier.input';
import type { RecordDossierDocumentCommand, RecordIntroductionCommand } from './dossier.service';

/** GraphQL input → command: what the schema cannot check, all problems at once; the domain checks the rules. */
export function parseRecordDossierDocument(input: RecordDossierDocumentInput): RecordDossierDocumentCommand {
  const problems = new Problems();
  const fileReference = checkOptionalText(problems, 'input.fileReference', input.fileReference, TEXT_LIMITS.name, { singleLine: true });
  problems.throwIfAny();
  return { dossierId: input.dossierId, kind: input.kind, documentDate: input.date, fileReference };
}

/**
 * An introduction: a member's needs the member and, unless the cell named a replacement, the
 * start of the period together (not after its end); a resolution needs its date and names no
 * member. Every problem at once.
 */
export function parseRecordIntroduction(input: RecordIntroductionInput): RecordIntroductionCommand {
  const problems = new Problems();
  if (input.kind === 'MEMBER') {
    const replacementNamedByCell = input.replacementNamedByCell ?? false;
    if (!input.memberId) problems.add('input.memberId', 'is required for an introduction by a member');
    if (!input.togetherFrom && !replacementNamedByCell) problems.add('input.togetherFrom', 'is required: since when the member has known the applicant');
    if (input.togetherFrom && input.togetherUntil && input.togetherUntil < input.togetherFrom) problems.add('input.togetherUntil', 'must not be before togetherFrom');
    if (input.resolutionDate) problems.add('input.resolutionDate', 'is for a union committee’s resolution, not a member’s introduction');
    problems.throwIfAny();
    return {
      dossierId: input.dossierId,
      introduction: { kind: 'MEMBER', memberId: input.memberId as string, togetherFrom: input.togetherFrom ?? null, togetherUntil: input.togetherUntil ?? null, replacementNamedByCell },
    };
  }
  if (!input.resolutionDate) problems.add('input.resolutionDate', 'is required for a union committee’s resolution');
  for (const field of ['memberId', 'togetherFrom', 'togetherUntil'] as const) {
    if (input[field]) problems.add(`input.${field}`, 'is for a member’s introduction, not a resolution');
  }
  problems.throwIfAny();
  return { dossierId: input.dossierId, introduction: { kind: input.kind, resolutionDate: input.resolutionDate as string } };
}
