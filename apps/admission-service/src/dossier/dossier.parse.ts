import { checkOptionalText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { RecordDossierDocumentInput } from './dossier.input';
import type { RecordDossierDocumentCommand } from './dossier.service';

/** GraphQL input → command: what the schema cannot check, all problems at once; the domain checks the rules. */
export function parseRecordDossierDocument(input: RecordDossierDocumentInput): RecordDossierDocumentCommand {
  const problems = new Problems();
  const fileReference = checkOptionalText(problems, 'input.fileReference', input.fileReference, TEXT_LIMITS.name, { singleLine: true });
  problems.throwIfAny();
  return { dossierId: input.dossierId, kind: input.kind, documentDate: input.date, fileReference };
}
