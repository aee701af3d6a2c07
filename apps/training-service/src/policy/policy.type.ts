import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The ward’s training policy (values the board may change).' })
export class TrainingPolicyValues {
  @Field(() => Int, { description: 'An awareness certificate is valid this many months from its issue date (default 60).' })
  awarenessValidityMonths!: number;

  @Field(() => Int, { description: 'A new-member certificate is valid this many months from its issue date (default 60).' })
  newMemberValidityMonths!: number;

  @Field(() => Int, { description: 'A holder may retake the awareness course within this many months before the certificate expires (default 6).' })
  renewalWindowMonths!: number;

  @Field(() => Int, { description: 'Completion needs presence at this share of the sessions, percent (default 80).' })
  completionAttendancePercent!: number;

  @Field(() => Boolean, { description: 'Completion needs a PASSED result (default true).' })
  completionRequiresPass!: boolean;
}

@InputType({ description: 'Policy values to change; the others stay as they are.' })
export class UpdateTrainingPolicyInput {
  @Field(() => Int, { nullable: true, description: 'Months, 1–240.' })
  awarenessValidityMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months, 1–240.' })
  newMemberValidityMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months, 0–120, shorter than the awareness validity.' })
  renewalWindowMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Percent, 1–100.' })
  completionAttendancePercent?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether completion needs a pass.' })
  completionRequiresPass?: boolean | null;
}
