import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EducationLevel } from '@pdv/contracts';
import { EducationLevelEnum } from '../dossier/dossier.enums.type';

@ObjectType({ description: 'A case in which a lower education level is accepted (DOMAIN.md step 6: exceptions configurable).' })
export class EducationException {
  @Field(() => String, { description: 'The code a personal history records, e.g. REMOTE_AREA.' })
  code!: string;

  @Field(() => EducationLevelEnum, { description: 'The lowest level accepted under it.' })
  minimumLevel!: EducationLevel;

  @Field(() => String, { description: 'The guidance it follows.' })
  basis!: string;
}

@InputType({ description: 'An education exception of the policy.' })
export class EducationExceptionInput {
  @Field(() => String, { description: 'Upper-case code, 2–40 characters, e.g. REMOTE_AREA.' })
  code!: string;

  @Field(() => EducationLevelEnum, { description: 'The lowest level accepted under it.' })
  minimumLevel!: EducationLevel;

  @Field(() => String, { description: 'The guidance it follows (at most 500 characters).' })
  basis!: string;
}

@ObjectType({ description: 'The ward’s admission policy: the values DOMAIN.md leaves to the board, read by readiness and by every write alike.' })
export class AdmissionPolicyValues {
  @Field(() => EducationLevelEnum, { description: 'The usual minimum education (default LOWER_SECONDARY).' })
  minimumEducationLevel!: EducationLevel;

  @Field(() => [EducationException], { description: 'The exceptions to it (none by default).' })
  educationExceptions!: EducationException[];

  @Field(() => Int, { description: 'The last full year of youth age, for a Youth Union committee’s introduction (default 30).' })
  youthAgeMaxYears!: number;

  @Field(() => String, { description: 'The role of the committee that decides admissions and recognitions in this tree (default WARD_STANDING_COMMITTEE).' })
  competentCommitteeRole!: string;

  @Field(() => Int, { description: 'A deadline is due soon with this many working days or fewer left (default 5).' })
  dueSoonWorkingDays!: number;

  @Field(() => Int, { description: 'The committee’s decision, working days after the cell’s resolution (default 60).' })
  decisionWorkingDays!: number;

  @Field(() => Int, { description: 'Its one extension, at most this many working days (default 30).' })
  decisionExtensionMaxWorkingDays!: number;

  @Field(() => Int, { description: 'The ceremony, working days after the decision is received (default 30).' })
  ceremonyWorkingDays!: number;

  @Field(() => Int, { description: 'The member history, working days after the ceremony (default 30).' })
  memberHistoryWorkingDays!: number;

  @Field(() => Int, { description: 'The recognition meeting, working days after probation ends (default 30).' })
  recognitionMeetingWorkingDays!: number;

  @Field(() => Int, { description: 'The recognition decision, working days after the cell’s recognition resolution (default 30).' })
  recognitionDecisionWorkingDays!: number;

  @Field(() => Int, { description: 'Its one extension, at most this many working days (default 30).' })
  recognitionDecisionExtensionMaxWorkingDays!: number;
}

@InputType({ description: 'Values of the admission policy to change, with why; omitted values stay as they are.' })
export class UpdateAdmissionPolicyInput {
  @Field(() => EducationLevelEnum, { nullable: true, description: 'The usual minimum education.' })
  minimumEducationLevel?: EducationLevel | null;

  @Field(() => [EducationExceptionInput], { nullable: true, description: 'The whole list of exceptions (at most 20, codes distinct).' })
  educationExceptions?: EducationExceptionInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Years, 18–35.' })
  youthAgeMaxYears?: number | null;

  @Field(() => String, { nullable: true, description: 'WARD_STANDING_COMMITTEE or PARTY_BUILDING_BOARD.' })
  competentCommitteeRole?: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days, 0–60.' })
  dueSoonWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days, 1–250.' })
  decisionWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days, 0–250 (0: no extension).' })
  decisionExtensionMaxWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days, 1–250.' })
  ceremonyWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days, 1–250.' })
  memberHistoryWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days, 1–250.' })
  recognitionMeetingWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days, 1–250.' })
  recognitionDecisionWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days, 0–250 (0: no extension).' })
  recognitionDecisionExtensionMaxWorkingDays?: number | null;

  @Field(() => String, { description: 'Why: the decision or guidance the change follows (at most 500 characters), kept in the history.' })
  reason!: string;
}

@ObjectType({ description: 'One change of a policy value by the board, with the value before, who and why.' })
export class AdmissionPolicyChange {
  @Field(() => ID, { description: 'Change id.' })
  id!: string;

  @Field(() => String, { description: 'Which value, as AdmissionPolicyValues names it.' })
  key!: string;

  @Field(() => String, { description: 'The value before, as JSON.' })
  previousValue!: string;

  @Field(() => String, { description: 'The value after, as JSON.' })
  value!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;

  @Field(() => Date, { description: 'When.' })
  changedAt!: Date;

  @Field(() => String, { description: 'Opaque id of who changed it.' })
  changedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  changedByRole!: string | null;
}
