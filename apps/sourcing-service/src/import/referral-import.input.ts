import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar, LongText } from '@pdv/graphql';
import { ImportFormatEnum, ImportModeEnum } from '../common/graphql-enums.type';
import type { ImportFormat, ImportMode } from './referral-import.entity';

@InputType({ description: 'A spreadsheet of referrals to import (download the template first).' })
export class ImportReferralsInput {
  @Field(() => ID, { description: 'Your mass organisation (unit or branch) making the referrals.' })
  massOrganisationId!: string;

  @Field(() => String, { description: 'The file’s name, for the record.' })
  fileName!: string;

  // A spreadsheet, bounded by the gateway's body limit (12 MB) and the import's file limit.
  @LongText(12 * 1024 * 1024)
  @Field(() => String, { description: 'The file’s bytes, base64-encoded.' })
  contentBase64!: string;

  @Field(() => ImportFormatEnum, { description: 'XLSX or CSV.' })
  format!: ImportFormat;

  @Field(() => ImportModeEnum, { description: 'What to do if some rows have errors.' })
  mode!: ImportMode;

  @Field(() => String, {
    description: 'The privacy notice version the people agreed to; used for rows whose notice-version column is empty.',
  })
  consentNoticeVersion!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the people agreed, if one consent covers the whole file; then the consent columns may be left out or empty (a row’s own consent date takes precedence).',
  })
  consentedAt?: Date | null;
}
