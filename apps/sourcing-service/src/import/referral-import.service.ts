import { createHash } from 'node:crypto';
import { assertMassOrganisationInScope } from '@pdv/auth';
import { AppError, ruleViolation } from '@pdv/errors';
import { analyzeAfterBulkWrite, type EntityManager } from '@pdv/persistence';
import type { CellValue } from '@pdv/sourcing-domain';
import { auditActorOf, auditRecords, writePersonalDataAudit } from '@pdv/personal-data';
import { readSpreadsheet, TooManyRows, UnreadableSpreadsheet } from '@pdv/spreadsheets';
import type { Caller } from '../common/caller';
import { lockIntake } from '../common/intake-lock';
import { requireCaller, type ServiceScope } from '../common/service-scope';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import { MassOrganisationEntity } from '../mass-organisation/mass-organisation.entity';
import { PolicyService } from '../policy/policy.service';
import { activeCells } from '@pdv/organisation-read-model';
import { decideIntakes } from '../referral/referral-intake.queries';
import { type IntakeEntry, writeIntake } from '../referral/referral-intake.writer';
import { SourcingScopes } from '../mass-organisation/mass-organisation.scopes';
import { type ImportFormat, type ImportMode, type ImportRowReport, ReferralImportEntity, type ReferralImportRow } from './referral-import.entity';
import { type ImportReferralsCommand, importProblem as problem, type ParsedSheet, parseReferralSheet, type ValidRow } from './referral-import.parse';
import { referralTemplate, type TemplateFile } from './referral-template.writer';

/**
 * Refuses a file this mass organisation has already imported with effect. Called under the
 * intake lock, so of two uploads of one file at once the second always sees the first.
 */
async function refuseFileAlreadyImported(tx: EntityManager, massOrganisationId: string, contentSha256: string): Promise<void> {
  const [earlier] = await tx.execute<{ id: string; imported_at: Date; imported: number }[]>(
    'select id, imported_at, imported from referral_import where mass_organisation_id = ?::uuid and content_sha256 = ? and committed',
    [massOrganisationId, contentSha256],
  );
  if (!earlier) return;
  const at = new Date(earlier.imported_at).toISOString();
  throw AppError.conflict(
    `Tệp này đã được nhập lúc ${at} (lần nhập ${earlier.id}, ${earlier.imported} người được giới thiệu); lần tải lên này không ghi gì thêm. / ` +
      `This file was already imported at ${at} (import ${earlier.id}, ${earlier.imported} referrals recorded); nothing from this upload was recorded.`,
    { importId: earlier.id, importedAt: at, imported: earlier.imported },
  );
}

/**
 * Bulk referral import: read the file, parse its rows (referral-import.parse), then inside
 * one transaction under the intake lock decide every valid row with the same decideIntakes
 * as a single referral, and write them with the same writeIntake in multi-row statements.
 */
export class ReferralImportService {
  constructor(private readonly scope: ServiceScope) {}

  /** The template to fill in: the ward's active cells and the latest privacy notice prefilled. */
  async template(format: ImportFormat): Promise<TemplateFile> {
    const policyService = new PolicyService(this.scope);
    const [cells, notices] = await Promise.all([activeCells(this.scope.em), policyService.notices()]);
    return referralTemplate(
      format,
      cells.map((cell) => ({ code: cell.code, name: cell.name })),
      notices[0]?.version ?? null,
      this.scope.deps.limits.maxRows,
    );
  }

  /** Past imports the caller may see (staff: their own organisation's), newest first. */
  async history(filter: { massOrganisationId: string | null; first: number }): Promise<ReferralImportRow[]> {
    const caller = requireCaller(this.scope);
    const params: unknown[] = [];
    const where: string[] = [];
    if (caller.identity.role === 'MASS_ORG_STAFF') {
      where.push('i.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))');
      params.push(caller.identity.scopeId);
    }
    if (filter.massOrganisationId) {
      where.push('i.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))');
      params.push(filter.massOrganisationId);
    }
    const ids = await this.scope.em.execute<{ id: string }[]>(
      `select i.id from referral_import i ${where.length ? `where ${where.join(' and ')}` : ''} order by i.imported_at desc, i.id limit ?`,
      [...params, filter.first],
    );
    if (ids.length === 0) return [];
    const rows = await this.scope.em.find(ReferralImportEntity, { id: { $in: ids.map((row) => row.id) } }, { orderBy: { importedAt: 'desc', id: 'asc' } });
    return rows;
  }

  async import(command: ImportReferralsCommand): Promise<ReferralImportRow> {
    const caller = requireCaller(this.scope);
    const started = Date.now();
    const now = this.scope.deps.clock.now();
    const { bytes } = command;
    if (bytes.length > this.scope.deps.limits.maxFileBytes) {
      throw ruleViolation(SOURCING_APP_RULES['SOURCING.IMPORT_TOO_LARGE'], `The file has ${bytes.length} bytes; the limit is ${this.scope.deps.limits.maxFileBytes}.`, {
        bytes: bytes.length,
        limit: this.scope.deps.limits.maxFileBytes,
      });
    }
    await assertMassOrganisationInScope(caller.identity, command.massOrganisationId, new SourcingScopes(this.scope.em));
    const massOrganisation = await this.scope.em.findOne(MassOrganisationEntity, { id: command.massOrganisationId });
    if (!massOrganisation) throw AppError.notFound('Mass organisation', command.massOrganisationId);
    if (!massOrganisation.active) throw ruleViolation(SOURCING_APP_RULES['SOURCING.MASS_ORGANISATION_ACTIVE']);

    let sheet: CellValue[][];
    try {
      sheet = await readSpreadsheet(command.format, bytes, this.scope.deps.limits.maxRows);
    } catch (error) {
      if (error instanceof UnreadableSpreadsheet) throw AppError.badInput(error.message, [{ field: 'input.contentBase64', message: error.message }]);
      if (error instanceof TooManyRows) {
        throw ruleViolation(SOURCING_APP_RULES['SOURCING.IMPORT_TOO_LARGE'], `The file has more than ${error.limit} rows.`, { limit: error.limit });
      }
      throw error;
    }

    const policyService = new PolicyService(this.scope);
    const [policy, notices, cells] = await Promise.all([policyService.current(), policyService.publishedNotices(), activeCells(this.scope.em)]);
    const parsed = parseReferralSheet(sheet, {
      now,
      policy,
      notices,
      cells,
      consentNoticeVersion: command.consentNoticeVersion,
      consentedAt: command.consentedAt,
      maxRows: this.scope.deps.limits.maxRows,
    });

    const importId = this.scope.deps.newId();
    const contentSha256 = createHash('sha256').update(bytes).digest('hex');
    const saved = await this.scope.em.transactional(async (tx) => {
      await lockIntake(tx);
      await refuseFileAlreadyImported(tx, massOrganisation.id, contentSha256);
      const committed = await this.intake(tx, caller, parsed, {
        importId,
        massOrganisationId: massOrganisation.id,
        wardUnitId: massOrganisation.parentId ?? massOrganisation.id,
        mode: command.mode,
        now,
      });
      const { reports } = parsed;
      const record = tx.create(ReferralImportEntity, {
        id: importId,
        massOrganisationId: massOrganisation.id,
        fileName: command.fileName,
        format: command.format,
        mode: command.mode,
        consentNoticeVersion: command.consentNoticeVersion,
        totalRows: reports.length,
        imported: reports.filter((r) => r.status === 'IMPORTED').length,
        duplicates: reports.filter((r) => r.status === 'DUPLICATE').length,
        errors: reports.filter((r) => r.status === 'ERROR').length,
        committed,
        contentSha256,
        importedBy: caller.identity.userId,
        importedAt: now,
        durationMs: Date.now() - started,
        fileWarnings: parsed.headerWarnings,
        rows: reports,
      });
      tx.persist(record);
      return record;
    });
    // A big file changes the tables' shape enough for the planner's statistics to mislead it.
    if (saved.committed) await analyzeAfterBulkWrite(this.scope.em, ['candidate', 'referral'], saved.imported + saved.duplicates);
    return saved;
  }

  /**
   * Decides each valid row against the database, reports the decision on its row, and writes
   * the rows that make referrals. Returns false when ALL_OR_NOTHING found an error anywhere
   * (nothing is written then).
   */
  private async intake(
    tx: EntityManager,
    caller: Caller,
    parsed: ParsedSheet,
    context: { importId: string; massOrganisationId: string; wardUnitId: string; mode: ImportMode; now: Date },
  ): Promise<boolean> {
    const decisions = await decideIntakes(tx, parsed.valid.map((row) => row.value), context.wardUnitId);
    const toWrite: { row: ValidRow; entry: IntakeEntry }[] = [];
    const refusedMatches: string[] = [];
    decisions.forEach((decision, index) => {
      const row = parsed.valid[index];
      const { report } = row;
      switch (decision.kind) {
        case 'IDENTITY_MISMATCH':
          // Another person than the one held for this number (or a typo in it): refused with
          // words that name nothing held and no candidate id, so a file cannot be used to look
          // people up by ID number.
          report.status = 'ERROR';
          report.problems.push(problem(parsed.nationalIdColumn, `${decision.rule.statement} ${decision.rule.remedy}`));
          refusedMatches.push(decision.candidateId);
          return;
        case 'ADMITTED':
          // No referral is written, so the uploader gets no candidate id: the stored report must
          // not point them at a record they may not see.
          report.status = 'ERROR';
          report.problems.push(problem(null, `${decision.rule.statement} ${decision.rule.remedy}`));
          return;
        case 'ALREADY_REFERRED':
          report.status = 'DUPLICATE';
          report.candidateId = decision.candidateId;
          report.referralId = decision.referralId;
          report.problems.push(
            problem(null, 'Your organisation has already referred this person (same national ID number) and that referral is still open; this row was not imported'),
          );
          return;
        case 'ATTACH':
          report.status = 'DUPLICATE';
          report.candidateId = decision.candidateId;
          break;
        case 'CREATE':
          break;
      }
      toWrite.push({ row, entry: { person: row.value, referrerName: row.referrerName, decision } });
    });
    // this.scope.em, not tx: an all-or-nothing refusal rolls tx back, and the attempts must stay recorded.
    await writePersonalDataAudit(this.scope.em, { actor: auditActorOf(caller), at: context.now, newId: this.scope.deps.newId }, auditRecords('REFUSED_MATCH', 'Candidate', 'nationalId', refusedMatches));

    if (context.mode === 'ALL_OR_NOTHING' && parsed.reports.some((report) => report.status === 'ERROR')) {
      for (const { row } of toWrite) {
        row.report.status = 'SKIPPED';
        row.report.candidateId = null;
      }
      return false;
    }

    const written = await writeIntake(
      tx,
      this.scope.deps,
      { caller, massOrganisationId: context.massOrganisationId, importId: context.importId, now: context.now },
      toWrite.map(({ entry }) => entry),
    );
    written.forEach((result, index) => {
      const { row, entry } = toWrite[index];
      reportWritten(row.report, entry, result.referral.candidateId, result.referral.id, result.possibleDuplicates);
    });
    return true;
  }
}

function reportWritten(report: ImportRowReport, entry: IntakeEntry, candidateId: string, referralId: string, possibleDuplicates: number): void {
  report.candidateId = candidateId;
  report.referralId = referralId;
  const { decision } = entry;
  if (decision.kind === 'ATTACH') {
    report.isRepeatReferral = true;
    report.warnings.push(
      problem(null, `This person (same national ID number) is already a candidate (${decision.previousStatus}); this referral was attached to that record and the details already held were kept`),
    );
    if (decision.spellingDiffers) {
      report.warnings.push(problem(null, 'The name is written differently (accents or spaces) from the record held for this national ID number; the record keeps its spelling'));
    }
  }
  if (possibleDuplicates > 0) {
    report.warnings.push(problem(null, 'Another candidate has the same name and date of birth but a different ID number; the cell will check whether it is the same person'));
  }
}
