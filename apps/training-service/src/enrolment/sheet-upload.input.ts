import { Field, ID, InputType } from 'type-graphql';
import { LongText } from '@pdv/graphql';

// A spreadsheet, bounded by the gateway's body limit (12 MB), as the referral import takes it.
const MAX_BASE64 = 12 * 1024 * 1024;

@InputType({ description: 'The results sheet (the class list downloaded from the course, "Kết quả" and "Điểm" filled in), as xlsx.' })
export class UploadResultsSheetInput {
  @Field(() => ID, { description: 'The course the sheet is of; rows of other courses are refused.' })
  courseId!: string;

  @Field(() => String, { description: 'The file’s name, for the answer.' })
  fileName!: string;

  @LongText(MAX_BASE64)
  @Field(() => String, { description: 'The file’s bytes, base64-encoded.' })
  contentBase64!: string;
}

@InputType({ description: 'The attendance sheet downloaded from the course with one session’s column ("Buổi <n>") filled in, as xlsx.' })
export class UploadAttendanceSheetInput {
  @Field(() => ID, { description: 'The session whose column is read.' })
  sessionId!: string;

  @Field(() => String, { description: 'The file’s name, for the answer.' })
  fileName!: string;

  @LongText(MAX_BASE64)
  @Field(() => String, { description: 'The file’s bytes, base64-encoded.' })
  contentBase64!: string;
}
