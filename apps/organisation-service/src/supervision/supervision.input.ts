import { Field, ID, InputType } from 'type-graphql';
import { Problems } from '@pdv/errors';
import { LocalDateScalar } from '@pdv/graphql';
import { checkOptionalText, TEXT_LIMITS } from '@pdv/errors';
import type { AssignSupervisionCommand } from './supervision.service';

@InputType({ description: 'Assigns a ward committee member to supervise an organisation.' })
export class AssignSupervisionInput {
  @Field(() => ID, { description: 'The committee member (an official party member of the ward).' })
  committeeMemberId!: string;

  @Field(() => ID, { description: 'The organisation to supervise.' })
  organisationId!: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day after the last day; omit for open-ended.' })
  validTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks (e.g. the assignment decision).' })
  note?: string | null;
}

@InputType({ description: 'Ends (or shortens) an assignment.' })
export class EndSupervisionInput {
  @Field(() => ID, { description: 'The assignment.' })
  assignmentId!: string;

  @Field(() => LocalDateScalar, { description: 'Day after its last day (exclusive end).' })
  validTo!: string;
}

export function parseAssignSupervision(input: AssignSupervisionInput): AssignSupervisionCommand {
  const problems = new Problems();
  const note = checkOptionalText(problems, 'input.note', input.note, TEXT_LIMITS.note);
  problems.throwIfAny();
  return {
    committeeMemberId: input.committeeMemberId,
    organisationId: input.organisationId,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    note,
  };
}

export function parseEndSupervision(input: EndSupervisionInput): { assignmentId: string; validTo: string } {
  const problems = new Problems();
  problems.throwIfAny();
  return { assignmentId: input.assignmentId, validTo: input.validTo };
}
