import { checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { RegisterInstitutionInput } from './institution.input';
import type { RegisterInstitutionCommand } from './institution.service';

/** GraphQL input → command: blank or overlong text is reported all at once; the domain checks the code's form. */
export function parseRegisterInstitution(input: RegisterInstitutionInput): RegisterInstitutionCommand {
  const problems = new Problems();
  const code = checkRequiredText(problems, 'input.code', input.code, TEXT_LIMITS.code, { singleLine: true });
  const name = checkRequiredText(problems, 'input.name', input.name, TEXT_LIMITS.name, { singleLine: true });
  problems.throwIfAny();
  return { code, name };
}
