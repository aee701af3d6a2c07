import { ORGANISATION_KINDS, type OrganisationKind } from '@pdv/contracts';
import { checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { TargetChangeInput } from '@pdv/evaluation-domain';
import type { SetTargetInput } from './target.input';

const UNIT_KINDS = ORGANISATION_KINDS.filter((k) => k !== 'WARD_COMMITTEE');

/** GraphQL input → the domain's change. The unit kinds and the reason are checked here, all at once; the domain checks the rules. */
export function parseSetTarget(input: SetTargetInput): TargetChangeInput {
  const problems = new Problems();
  const reason = checkRequiredText(problems, 'input.reason', input.reason, TEXT_LIMITS.note);
  const appliesTo = input.appliesTo ?? [];
  if (appliesTo.some((kind) => !(UNIT_KINDS as readonly string[]).includes(kind))) problems.add('input.appliesTo', `must list only ${UNIT_KINDS.join(', ')}`);
  problems.throwIfAny();
  return { kind: input.kind, year: input.year, minimum: input.minimum, upper: input.upper ?? null, appliesTo: appliesTo as OrganisationKind[], reason };
}
