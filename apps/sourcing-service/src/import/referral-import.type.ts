import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '@pdv/graphql';
import { ImportFormatEnum, ImportModeEnum, ImportRowStatusEnum } from '../common/graphql-enums.type';
import type { ImportFormat, ImportMode, ImportRowStatus } from './referral-import.entity';

@ObjectType({ description: 'One problem in a spreadsheet row, in words the uploader can act on.' })
export class ReferralImportProblem {
  @Field(() => String, { description: 'The column as written in the file’s header ("row" for the row as a whole).' })
  column!: string;

  @Field(() => String, { description: 'What is wrong and how to fix it. Never repeats a name or ID number.' })
  message!: string;
}

@ObjectType({ description: 'What happened to one row of the spreadsheet.' })
export class ReferralImportRowReport {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (the header is row 1).' })
  row!: number;

  @Field(() => ImportRowStatusEnum, { description: 'Imported, duplicate, error or skipped.' })
  status!: ImportRowStatus;

  @Field(() => ID, {
    nullable: true,
    description:
      'The candidate created or attached to, when the row was written (or your organisation’s open referral already covers the person). Never given for an ERROR row, e.g. one whose name, date of birth or gender do not agree with the record held for its ID number.',
  })
  candidateId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The referral created (or, for a duplicate of your own open referral, that referral).' })
  referralId!: string | null;

  @Field(() => Boolean, { description: 'true when the person was already a candidate and this referral was attached to the record.' })
  isRepeatReferral!: boolean;

  @Field(() => [ReferralImportProblem], { description: 'Why the row was not imported (empty for imported rows).' })
  problems!: ReferralImportProblem[];

  @Field(() => [ReferralImportProblem], { description: 'Points to check on a row that was imported (e.g. over 60, possible duplicate).' })
  warnings!: ReferralImportProblem[];
}

@ObjectType({ description: 'The per-row report of a spreadsheet import of referrals.' })
export class ReferralImportReport {
  @Field(() => ID, { description: 'Id of the import (kept, with this report, for later reference).' })
  importId!: string;

  @Field(() => ID, { description: 'The mass organisation the referrals were made by.' })
  massOrganisationId!: string;

  @Field(() => String, { description: 'The uploaded file’s name.' })
  fileName!: string;

  @Field(() => ImportFormatEnum, { description: 'xlsx or csv.' })
  format!: ImportFormat;

  @Field(() => ImportModeEnum, { description: 'All-or-nothing or valid-rows-only.' })
  mode!: ImportMode;

  @Field(() => Int, { description: 'Rows of people read (empty rows are ignored).' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows that created a new candidate and referral.' })
  imported!: number;

  @Field(() => Int, { description: 'Rows whose person was already a candidate or appeared earlier in the file.' })
  duplicates!: number;

  @Field(() => Int, { description: 'Rows with problems, not written.' })
  errors!: number;

  @Field(() => Boolean, { description: 'false when ALL_OR_NOTHING found errors: nothing from the file was written.' })
  committed!: boolean;

  @Field(() => DateTimeScalar, { description: 'When the import ran.' })
  importedAt!: Date;

  @Field(() => Int, { description: 'How long it took, in milliseconds.' })
  durationMs!: number;

  @Field(() => [ReferralImportProblem], { description: 'Notes about the file as a whole (e.g. columns not in the template, which were ignored).' })
  fileWarnings!: ReferralImportProblem[];

  @Field(() => [ReferralImportRowReport], { description: 'One entry per row of people, in file order.' })
  rows!: ReferralImportRowReport[];
}

@ObjectType({ description: 'A downloadable file.' })
export class DownloadableFile {
  @Field(() => String, { description: 'Suggested file name.' })
  fileName!: string;

  @Field(() => String, { description: 'The file’s bytes, base64-encoded.' })
  contentBase64!: string;

  @Field(() => String, { description: 'Its media type, e.g. text/csv; charset=utf-8.' })
  mimeType!: string;
}
