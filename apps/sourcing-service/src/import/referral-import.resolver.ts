import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '@pdv/errors';
import { Allow } from '@pdv/graphql';
import type { SourcingContext } from '../context';
import { REFERRERS, WARD_READERS } from '../common/access';
import { ImportFormatEnum } from '../common/graphql-enums.type';
import type { ImportFormat } from './referral-import.entity';
import { ImportReferralsInput } from './referral-import.input';
import { toImportReport } from './referral-import.mapper';
import { parseImportReferrals } from './referral-import.parse';
import { DownloadableFile, ReferralImportReport } from './referral-import.type';

const MAX_HISTORY = 50;

@Resolver(() => ReferralImportReport)
export class ReferralImportResolver {
  @Mutation(() => ReferralImportReport, {
    description:
      'Import referrals from a spreadsheet (xlsx or csv, see referralImportTemplate) for your mass organisation. Every row is checked; the answer reports each row as imported, duplicate, error (with the column and the reason) or skipped.',
  })
  @Allow(REFERRERS, { arg: 'input.massOrganisationId', kind: 'massOrganisation' })
  async importReferrals(
    @Arg('input', () => ImportReferralsInput, { description: 'The file and how to treat rows with errors.' }) input: ImportReferralsInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReferralImportReport> {
    return toImportReport(await ctx.services.imports.import(parseImportReferrals(input)));
  }

  @Query(() => DownloadableFile, {
    description:
      'The spreadsheet template for importing referrals: Vietnamese headers and an example row; the xlsx also lists the columns’ rules, the accepted values and the ward’s cells. The CSV is UTF-8 with a byte-order mark.',
  })
  @Allow([...REFERRERS, 'PARTY_BUILDING_BOARD'])
  async referralImportTemplate(
    @Arg('format', () => ImportFormatEnum, { description: 'XLSX or CSV.' }) format: ImportFormat,
    @Ctx() ctx: SourcingContext,
  ): Promise<DownloadableFile> {
    const file = await ctx.services.imports.template(format);
    return Object.assign(new DownloadableFile(), { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.content.toString('base64') });
  }

  @Query(() => [ReferralImportReport], { description: 'Past spreadsheet imports with their reports, newest first (staff: their organisation’s).' })
  @Allow([...REFERRERS, ...WARD_READERS])
  async referralImports(
    @Arg('massOrganisationId', () => ID, { nullable: true, description: 'Only imports by this unit or its branches.' }) massOrganisationId: string | null,
    @Arg('first', () => Int, { defaultValue: 10, description: `How many, 1–${MAX_HISTORY}.` }) first: number,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReferralImportReport[]> {
    if (first < 1) throw AppError.badInput(`first must be between 1 and ${MAX_HISTORY}.`, [{ field: 'first', message: `must be between 1 and ${MAX_HISTORY}` }]);
    const limit = Math.min(first, MAX_HISTORY);
    return (await ctx.services.imports.history({ massOrganisationId, first: limit })).map(toImportReport);
  }
}
