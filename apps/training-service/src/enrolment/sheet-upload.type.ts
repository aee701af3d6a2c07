import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const SheetRowStatusEnum = { APPLIED: 'APPLIED', SKIPPED: 'SKIPPED', ERROR: 'ERROR' } as const;
export type SheetRowStatus = keyof typeof SheetRowStatusEnum;
registerEnumType(SheetRowStatusEnum, {
  name: 'SheetRowStatus',
  description: 'What happened to one row of an uploaded sheet.',
  valuesConfig: {
    APPLIED: { description: 'Recorded.' },
    SKIPPED: { description: 'Nothing to record (the cell was left empty).' },
    ERROR: { description: 'Not recorded; the problems say why. It changed nothing.' },
  },
});

@ObjectType({ description: 'One problem of a row, in words the centre can act on (Vietnamese / English).' })
export class SheetRowProblem {
  @Field(() => String, { description: 'The column as the file’s header writes it ("row" for the row as a whole).' })
  column!: string;

  @Field(() => String, { description: 'BAD_USER_INPUT for what the cell holds, or the service’s answer (RULE_VIOLATION, NOT_FOUND).' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The rule broken, for RULE_VIOLATION.' })
  rule!: string | null;

  @Field(() => String, { description: 'What is wrong and what to do. Never repeats a name.' })
  message!: string;
}

@ObjectType({ description: 'What happened to one row of an uploaded sheet.' })
export class SheetRowReport {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (the header is row 1).' })
  row!: number;

  @Field(() => ID, { nullable: true, description: 'The row’s enrolment, when its id could be read.' })
  enrolmentId!: string | null;

  @Field(() => SheetRowStatusEnum, { description: 'Applied, skipped or error.' })
  status!: SheetRowStatus;

  @Field(() => String, { nullable: true, description: 'Why the row was skipped (Vietnamese / English).' })
  note!: string | null;

  @Field(() => [SheetRowProblem], { description: 'Why the row was not recorded (empty otherwise).' })
  problems!: SheetRowProblem[];
}

@ObjectType({ description: 'The row-by-row answer to an uploaded results or attendance sheet: the good rows are recorded, each bad row says why.' })
export class SheetUploadReport {
  @Field(() => String, { description: 'The uploaded file’s name.' })
  fileName!: string;

  @Field(() => Int, { description: 'Rows read (empty rows are ignored).' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows recorded.' })
  applied!: number;

  @Field(() => Int, { description: 'Rows with nothing to record.' })
  skipped!: number;

  @Field(() => Int, { description: 'Rows not recorded because of their problems.' })
  errors!: number;

  @Field(() => [SheetRowReport], { description: 'One entry per row, in file order.' })
  rows!: SheetRowReport[];
}
