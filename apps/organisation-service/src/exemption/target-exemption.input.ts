import { Field, ID, InputType, Int } from 'type-graphql';
import { Problems } from '@pdv/errors';
import { isPlausibleYear } from '@pdv/graphql';
import type { TargetExemptionReason } from '@pdv/organisation-domain';
import { checkOptionalText, TEXT_LIMITS } from '@pdv/errors';
import type { SetExemptionCommand } from './target-exemption.service';
import { TargetExemptionReasonEnum } from './target-exemption.type';

@InputType({ description: 'Exempts an organisation from the per-unit admission targets for a year.' })
export class SetTargetExemptionInput {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field(() => Int, { description: 'The plan year (within the plan’s term).' })
  year!: number;

  @Field(() => TargetExemptionReasonEnum, { description: 'Why (must fit the organisation’s sector).' })
  reason!: TargetExemptionReason;

  @Field(() => String, { nullable: true, description: 'Remarks, e.g. the decision.' })
  note?: string | null;
}

@InputType({ description: 'Withdraws an exemption from today; the exemption stays in the history, marked revoked.' })
export class RevokeTargetExemptionInput {
  @Field(() => ID, { description: 'The exemption.' })
  exemptionId!: string;

  @Field(() => String, { nullable: true, description: 'Why it is withdrawn.' })
  note?: string | null;
}

// A year like -1 is a typing mistake (BAD_USER_INPUT); one outside the plan's term is a rule.
function checkYear(problems: Problems, field: string, year: number): void {
  if (!isPlausibleYear(year)) problems.add(field, 'must be a year between 1900 and 2200');
}

export function parseSetTargetExemption(input: SetTargetExemptionInput): SetExemptionCommand {
  const problems = new Problems();
  checkYear(problems, 'input.year', input.year);
  const note = checkOptionalText(problems, 'input.note', input.note, TEXT_LIMITS.note);
  problems.throwIfAny();
  return { organisationId: input.organisationId, year: input.year, reason: input.reason, note };
}

export function parseRevokeTargetExemption(input: RevokeTargetExemptionInput): { exemptionId: string; note: string | null } {
  const problems = new Problems();
  const note = checkOptionalText(problems, 'input.note', input.note, TEXT_LIMITS.note);
  problems.throwIfAny();
  return { exemptionId: input.exemptionId, note };
}
