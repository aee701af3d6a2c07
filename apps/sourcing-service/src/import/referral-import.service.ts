import { pgArray } from '@pdv/persistence';
import { LockMode } from '@mikro-orm/postgresql';
import { assertMassOrganisationInScope } from '@pdv/auth';
import { referralSubmitted } from '@pdv/contracts';
import { AppError, Problems, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import {
  type CellValue,
  classifyDuplicate,
  mapHeaderRow,
  parseReferralRow,
  type ReferralColumnKey,
  type ReferralRowCells,
  REFERRAL_IMPORT_COLUMNS,
  repeatReferralIdentityMismatch,
  SOURCING_RULES,
  type StatedIdentity,
  type ValidReferral,
  vietnamDateOf,
} from '@pdv/sourcing-domain';
import { activeCells } from '@pdv/organisation-read-model';
import { auditActorOf, auditRecords, writePersonalDataAudit } from '@pdv/personal-data';
import { CandidateEntity, type CandidateRow, type CandidateStageRow } from '../candidate/candidate.entity';
import { moveCandidate } from '../candidate/candidate-lifecycle';
import { flagPossibleDuplicates, type FlaggedPair } from '../duplicate/possible-duplicate.queries';
import { MassOrganisationEntity } from '../mass-organisation/mass-organisation.entity';
import { PolicyService } from '../policy/policy.service';
import type { ReferralRow } from '../referral/referral.entity';
import { MAX_REFERRER_NAME_LENGTH, optionalText } from '../referral/referral.service';
import { SOURCING_APP_RULES } from '../shared/app-rules';
import type { Caller } from '../shared/caller';
import type { SourcingDeps } from '../shared/deps';
import { isUuid } from '../shared/ids';
import { lockIntake } from '../shared/intake-lock';
import { SourcingScopes } from '../mass-organisation/mass-organisation.scopes';
import { insertCandidates, insertReferrals, insertStages } from './bulk-writer';
import { EXTRA_COLUMNS, type ExtraColumnKey, mapExtraColumns } from './extra-columns';
import {
  type ImportFormat,
  type ImportMode,
  type ImportProblem,
  type ImportRowReport,
  ReferralImportEntity,
  type ReferralImportRow,
} from './referral-import.entity';
import { referralTemplate, type TemplateFile } from './referral-template';
import { readSpreadsheet, TooManyRows, UnreadableSpreadsheet } from './spreadsheet-reader';

export interface ImportReferralsCommand {
  massOrganisationId: string;
  fileName: string;
  contentBase64: string;
  format: ImportFormat;
  mode: ImportMode;
  /** Used for rows that leave the notice-version column empty (or a file without it). */
  consentNoticeVersion: string;
  /** One consent time for every row; rows' own consent dates, when filled, take precedence. */
  consentedAt?: Date | null;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;
const MAX_FILE_NAME = 255;
const NOTICE_COLUMN = REFERRAL_IMPORT_COLUMNS.find((column) => column.key === 'consentNoticeVersion')!;

/** A row that passed every check of its own; what happens to it depends on the database. */
interface ValidRow {
  report: ImportRowReport;
  value: ValidReferral;
  extras: { referrerName: string | null };
}

interface ExistingCandidate {
  id: string;
  status: string;
  duplicateOfId: string | null;
  /** The kept record's name (NFC), for the spelling warning. */
  fullName: string;
  /** The identity of every record involved (the one holding the number, and the one it was folded into): a row must agree with each. */
  records: StatedIdentity[];
}

const problem = (column: string | null, message: string): ImportProblem => ({ column: column ?? 'row', message });

/**
 * Bulk referral import. Reading and row validation are pure (the domain's header matching
 * and row parser); then, inside one transaction under the intake lock: one query for the
 * national IDs already held, one for open referrals of those people, one for possible
 * duplicates, and multi-row inserts for everything written.
 */
export class ReferralImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: SourcingDeps,
  ) {}

  /** The template to fill in: the ward's active cells and the latest privacy notice prefilled. */
  async template(format: ImportFormat): Promise<TemplateFile> {
    const policyService = new PolicyService(this.em, this.deps);
    const [cells, notices] = await Promise.all([activeCells(this.em), policyService.notices()]);
    return referralTemplate(
      format,
      cells.map((cell) => ({ code: cell.code, name: cell.name })),
      notices[0]?.version ?? null,
      this.deps.limits.maxRows,
    );
  }

  /** Past imports the caller may see (staff: their own organisation's), newest first. */
  async history(caller: Caller, filter: { massOrganisationId: string | null; first: number }): Promise<ReferralImportRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (caller.identity.role === 'MASS_ORG_STAFF') {
      where.push('i.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))');
      params.push(caller.identity.scopeId);
    }
    if (filter.massOrganisationId) {
      if (!isUuid(filter.massOrganisationId)) throw AppError.badInput('massOrganisationId must be a mass organisation id.');
      where.push('i.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))');
      params.push(filter.massOrganisationId);
    }
    const ids = await this.em.execute<{ id: string }[]>(
      `select i.id from referral_import i ${where.length ? `where ${where.join(' and ')}` : ''} order by i.imported_at desc, i.id limit ?`,
      [...params, filter.first],
    );
    if (ids.length === 0) return [];
    const rows = await this.em.find(ReferralImportEntity, { id: { $in: ids.map((row) => row.id) } }, { orderBy: { importedAt: 'desc', id: 'asc' } });
    return rows;
  }

  async import(caller: Caller, command: ImportReferralsCommand): Promise<ReferralImportRow> {
    const started = Date.now();
    const now = this.deps.clock.now();
    const fileName = command.fileName.trim();
    const noticeVersion = command.consentNoticeVersion.trim();
    const input = new Problems();
    if (!isUuid(command.massOrganisationId)) input.add('input.massOrganisationId', 'must be a mass organisation id');
    if (fileName === '' || fileName.length > MAX_FILE_NAME) input.add('input.fileName', `must be 1 to ${MAX_FILE_NAME} characters`);
    if (noticeVersion === '') input.add('input.consentNoticeVersion', 'is required');
    if (!BASE64.test(command.contentBase64)) input.add('input.contentBase64', 'is not base64 text');
    input.throwIfAny('The import request is not valid.');
    const bytes = Buffer.from(command.contentBase64, 'base64');
    if (bytes.length === 0) throw AppError.badInput('The file is empty.', [{ field: 'input.contentBase64', message: 'is empty' }]);
    if (bytes.length > this.deps.limits.maxFileBytes) {
      throw ruleViolation(SOURCING_APP_RULES['SOURCING.IMPORT_TOO_LARGE'], `The file has ${bytes.length} bytes; the limit is ${this.deps.limits.maxFileBytes}.`, {
        bytes: bytes.length,
        limit: this.deps.limits.maxFileBytes,
      });
    }
    await assertMassOrganisationInScope(caller.identity, command.massOrganisationId, new SourcingScopes(this.em));
    const massOrganisation = await this.em.findOne(MassOrganisationEntity, { id: command.massOrganisationId });
    if (!massOrganisation) throw AppError.notFound('Mass organisation', command.massOrganisationId);
    if (!massOrganisation.active) throw ruleViolation(SOURCING_APP_RULES['SOURCING.MASS_ORGANISATION_ACTIVE']);

    let sheet: CellValue[][];
    try {
      sheet = await readSpreadsheet(command.format, bytes, this.deps.limits.maxRows);
    } catch (error) {
      if (error instanceof UnreadableSpreadsheet) throw AppError.badInput(error.message, [{ field: 'input.contentBase64', message: error.message }]);
      if (error instanceof TooManyRows) {
        throw ruleViolation(SOURCING_APP_RULES['SOURCING.IMPORT_TOO_LARGE'], `The file has more than ${error.limit} rows.`, { limit: error.limit });
      }
      throw error;
    }

    const policyService = new PolicyService(this.em, this.deps);
    const [policy, notices, cells] = await Promise.all([policyService.current(), policyService.publishedNotices(), activeCells(this.em)]);
    const cellIdByCode = new Map(cells.map((cell) => [cell.code, cell.id]));
    const cellIds = new Set(cells.map((cell) => cell.id));

    // Header: the service's extra columns first, then the domain's template columns.
    const extras = mapExtraColumns(sheet[0] ?? []);
    const fileConsent = command.consentedAt ? { noticeVersion, consentedAt: command.consentedAt } : undefined;
    let header = mapHeaderRow(extras.domainHeader, 1, { fileLevelConsent: fileConsent !== undefined });
    if (!fileConsent && header.indexByKey.consentNoticeVersion === undefined) {
      // No notice column: every row takes the version chosen at upload (an added, empty column).
      header = mapHeaderRow([...extras.domainHeader, NOTICE_COLUMN.vi]);
    }
    if (!header.ok) {
      const problems = header.problems.map((p) => ({ field: `file: ${p.column ?? 'header row'}`, message: p.message }));
      throw new AppError('BAD_USER_INPUT', `The header row does not match the template. ${problems.map((p) => p.message).join('; ')}.`, { problems });
    }
    const columns = Object.entries(header.indexByKey) as [ReferralColumnKey, number][];
    const extraColumns = Object.entries(extras.indexByKey) as [ExtraColumnKey, number][];
    const headerWarnings = header.warnings.map((w) => problem(w.column, w.message));

    // Rows: the domain parses and validates; this service adds its extra columns and cells.
    const reports: ImportRowReport[] = [];
    const valid: ValidRow[] = [];
    const firstRowOfId = new Map<string, number>();
    for (let index = 1; index < sheet.length; index += 1) {
      const raw = sheet[index];
      if (raw.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''))) continue;
      const rowNumber = index + 1;
      const cellsOfRow: ReferralRowCells = {};
      for (const [key, column] of columns) cellsOfRow[key] = raw[column] ?? null;
      const noticeCell = cellsOfRow.consentNoticeVersion;
      if (!fileConsent && (noticeCell === null || noticeCell === undefined || (typeof noticeCell === 'string' && noticeCell.trim() === ''))) {
        cellsOfRow.consentNoticeVersion = noticeVersion;
      }
      // quoteValues: false — the report is stored, and must never hold what a cell contained.
      const parsed = parseReferralRow(cellsOfRow, rowNumber, now, {
        policy,
        notices,
        headerByKey: header.headerByKey,
        cellIdByCode,
        fileConsent,
        quoteValues: false,
      });
      const report: ImportRowReport = {
        row: rowNumber,
        status: 'ERROR',
        candidateId: null,
        referralId: null,
        isRepeatReferral: false,
        problems: parsed.ok ? [] : parsed.problems.map((p) => problem(p.column, p.message)),
        warnings: parsed.warnings.map((w) => problem(w.column, w.message)),
      };
      reports.push(report);
      const extraProblems = new Problems();
      const extraValues = { referrerName: null as string | null };
      const limits: Record<ExtraColumnKey, number> = { referrerName: MAX_REFERRER_NAME_LENGTH };
      for (const [key, column] of extraColumns) {
        const cell = raw[column];
        const text = cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
        extraValues[key] = optionalText(text, extras.headerByKey[key] ?? EXTRA_COLUMNS.find((c) => c.key === key)!.vi, limits[key], extraProblems);
      }
      for (const p of extraProblems.all) report.problems.push(problem(p.field, `${p.field} ${p.message}`));
      if (parsed.ok && !cellIds.has(parsed.value.cellId)) {
        const cellHeader = header.headerByKey.cell ?? 'Chi bộ';
        report.problems.push(problem(cellHeader, `${cellHeader} is not an active party cell of the ward; use a code from the list of cells`));
      }
      const nationalId = parsed.ok ? parsed.value.nationalId : parsed.nationalId;
      const firstRow = nationalId ? firstRowOfId.get(nationalId) : undefined;
      if (nationalId && firstRow === undefined) firstRowOfId.set(nationalId, rowNumber);
      if (firstRow !== undefined) {
        // The same person twice in one file: the first row stands for them.
        report.status = 'DUPLICATE';
        report.problems.push(
          problem(header.headerByKey.nationalId ?? null, `This person (same national ID number) is already in row ${firstRow} of this file; this row was not imported`),
        );
        continue;
      }
      if (parsed.ok && report.problems.length === 0) {
        report.status = 'IMPORTED';
        valid.push({ report, value: parsed.value, extras: extraValues });
      }
    }
    if (reports.length > this.deps.limits.maxRows) {
      throw ruleViolation(SOURCING_APP_RULES['SOURCING.IMPORT_TOO_LARGE'], `The file has more than ${this.deps.limits.maxRows} rows.`, {
        limit: this.deps.limits.maxRows,
      });
    }
    if (reports.length === 0) throw AppError.badInput('The file has a header row but no rows of people.');

    const importId = this.deps.newId();
    return this.em.transactional(async (tx) => {
      await lockIntake(tx);
      const written = await this.write(tx, caller, {
        importId,
        massOrganisationId: massOrganisation.id,
        wardUnitId: massOrganisation.parentId ?? massOrganisation.id,
        nationalIdColumn: header.headerByKey.nationalId ?? null,
        mode: command.mode,
        now,
        valid,
        reports,
      });
      const record = tx.create(ReferralImportEntity, {
        id: importId,
        massOrganisationId: massOrganisation.id,
        fileName,
        format: command.format,
        mode: command.mode,
        consentNoticeVersion: noticeVersion,
        totalRows: reports.length,
        imported: reports.filter((r) => r.status === 'IMPORTED').length,
        duplicates: reports.filter((r) => r.status === 'DUPLICATE').length,
        errors: reports.filter((r) => r.status === 'ERROR').length,
        committed: written,
        importedBy: caller.identity.userId,
        importedAt: now,
        durationMs: Date.now() - started,
        fileWarnings: headerWarnings,
        rows: reports,
      });
      tx.persist(record);
      return record;
    });
  }

  /**
   * Decides each valid row against the database and writes. Returns false when
   * ALL_OR_NOTHING found an error anywhere (nothing is written then).
   */
  private async write(
    tx: EntityManager,
    caller: Caller,
    context: {
      importId: string;
      massOrganisationId: string;
      wardUnitId: string;
      nationalIdColumn: string | null;
      mode: ImportMode;
      now: Date;
      valid: ValidRow[];
      reports: ImportRowReport[];
    },
  ): Promise<boolean> {
    const { valid, now } = context;
    const ids = valid.map((row) => row.value.nationalId);
    const existing = await this.existingByNationalId(tx, ids);
    const openByThisOrganisation = await this.openReferralsOf(tx, [...new Set([...existing.values()].map((c) => c.id))], context.wardUnitId);

    const fresh: ValidRow[] = [];
    const attach: { row: ValidRow; candidate: ExistingCandidate }[] = [];
    const refusedMatches: string[] = [];
    for (const row of valid) {
      const candidate = existing.get(row.value.nationalId);
      if (!candidate) {
        fresh.push(row);
        continue;
      }
      const mismatch = repeatReferralIdentityMismatch(row.value, candidate.records);
      if (mismatch) {
        // Another person than the one held for this number (or a typo in it): refused before
        // anything about that record is looked at, with words that name nothing held and no
        // candidate id, so a file cannot be used to look people up by ID number.
        row.report.status = 'ERROR';
        row.report.problems.push(problem(context.nationalIdColumn, `${mismatch.statement} ${mismatch.remedy}`));
        refusedMatches.push(candidate.id);
        continue;
      }
      if (candidate.status === 'ADMITTED') {
        // No referral is written, so the uploader gets no candidate id: the stored report must
        // not point them at a record they may not see.
        row.report.status = 'ERROR';
        row.report.problems.push(problem(null, `${SOURCING_RULES['SOURCING.ADMITTED_NOT_REFERABLE'].statement} ${SOURCING_RULES['SOURCING.ADMITTED_NOT_REFERABLE'].remedy}`));
        continue;
      }
      row.report.candidateId = candidate.id;
      row.report.status = 'DUPLICATE';
      const open = openByThisOrganisation.get(candidate.id);
      if (open && candidate.status !== 'DECLINED' && candidate.status !== 'WITHDRAWN') {
        row.report.referralId = open;
        row.report.problems.push(
          problem(null, 'Your organisation has already referred this person (same national ID number) and that referral is still open; this row was not imported'),
        );
        continue;
      }
      attach.push({ row, candidate });
    }
    // this.em, not tx: an all-or-nothing refusal rolls tx back, and the attempts must stay recorded.
    await writePersonalDataAudit(this.em, { actor: auditActorOf(caller), at: now, newId: this.deps.newId }, auditRecords('REFUSED_MATCH', 'Candidate', 'nationalId', refusedMatches));

    const hasErrors = context.reports.some((report) => report.status === 'ERROR');
    if (hasErrors && context.mode === 'ALL_OR_NOTHING') {
      for (const row of [...fresh, ...attach.map((a) => a.row)]) {
        row.report.status = 'SKIPPED';
        row.report.candidateId = null;
      }
      return false;
    }

    const candidates: CandidateRow[] = [];
    const stages: CandidateStageRow[] = [];
    const referrals: ReferralRow[] = [];
    const submittedOn = vietnamDateOf(now);
    const newReferral = (row: ValidRow, candidateId: string, isRepeat: boolean): ReferralRow => ({
      id: this.deps.newId(),
      candidateId,
      massOrganisationId: context.massOrganisationId,
      cellId: row.value.cellId,
      sourceCategory: row.value.sourceCategory,
      referrerName: row.extras.referrerName,
      achievements: row.value.achievements,
      reason: row.value.reason,
      consentNoticeVersion: row.value.consent.noticeVersion,
      consentedAt: row.value.consent.consentedAt,
      status: 'SUBMITTED',
      isRepeat,
      declineReason: null,
      declineNote: null,
      decidedAt: null,
      decidedBy: null,
      submittedOn,
      submittedAt: now,
      submittedBy: caller.identity.userId,
      importId: context.importId,
      movedFromCandidateId: null,
    });

    for (const row of fresh) {
      const candidate: CandidateRow = {
        id: this.deps.newId(),
        fullName: row.value.fullName,
        nameSearchKey: row.value.nameSearchKey,
        nameSortKey: row.value.nameSortKey,
        fuzzyKey: row.value.fuzzyKey,
        dateOfBirth: row.value.dateOfBirth,
        gender: row.value.gender,
        nationalId: row.value.nationalId,
        phone: row.value.phone,
        address: row.value.address,
        occupation: row.value.occupation,
        educationLevel: row.value.educationLevel,
        sourceCategory: row.value.sourceCategory,
        cellId: row.value.cellId,
        status: 'REFERRED',
        referredOn: submittedOn,
        acceptedOn: null,
        lastReviewedOn: null,
        duplicateOfId: null,
        cellReassignmentNeededSince: null,
        createdAt: now,
        updatedAt: now,
      };
      candidates.push(candidate);
      stages.push({
        id: this.deps.newId(),
        candidateId: candidate.id,
        fromStatus: null,
        toStatus: 'REFERRED',
        event: 'REFERRED',
        reason: 'REFERRED',
        note: null,
        actorId: caller.actor.id,
        actorRole: caller.actor.role,
        at: now,
      });
      const referral = newReferral(row, candidate.id, false);
      referrals.push(referral);
      row.report.candidateId = candidate.id;
      row.report.referralId = referral.id;
    }

    // Repeat referrals: a declined or withdrawn person comes back to the cell (rare: per row).
    for (const { row, candidate } of attach) {
      row.report.isRepeatReferral = true;
      row.report.warnings.push(
        problem(null, `This person (same national ID number) is already a candidate (${candidate.status}); this referral was attached to that record and the details already held were kept`),
      );
      if (row.value.fullName !== candidate.fullName) {
        row.report.warnings.push(problem(null, 'The name is written differently (accents or spaces) from the record held for this national ID number; the record keeps its spelling'));
      }
      if (candidate.status === 'DECLINED' || candidate.status === 'WITHDRAWN') {
        const entity = await tx.findOneOrFail(CandidateEntity, { id: candidate.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (entity.status === 'DECLINED' || entity.status === 'WITHDRAWN') {
          await moveCandidate(tx, this.deps, entity, { kind: 'RE_REFER' }, caller.actor, now);
          entity.cellId = row.value.cellId;
          entity.sourceCategory = row.value.sourceCategory;
        }
      }
      const referral = newReferral(row, candidate.id, true);
      referrals.push(referral);
      row.report.referralId = referral.id;
    }

    await insertCandidates(tx, candidates);
    await insertStages(tx, stages);
    await insertReferrals(tx, referrals);
    // Every row written is a collection of the person's data, a repeat referral included.
    await writePersonalDataAudit(tx, { actor: auditActorOf(caller), at: now, newId: this.deps.newId }, auditRecords('COLLECT', 'Candidate', 'personalData', [...candidates.map((c) => c.id), ...attach.map((a) => a.candidate.id)]));
    await this.deps.events.recordMany(tx, referralSubmitted, {
      actor: caller.actor,
      at: now,
      events: referrals.map((referral) => ({
        aggregateId: referral.id,
        data: {
          referralId: referral.id,
          candidateId: referral.candidateId,
          massOrganisationId: referral.massOrganisationId,
          cellId: referral.cellId,
          sourceCategory: referral.sourceCategory,
          submittedOn: referral.submittedOn,
          isRepeatReferral: referral.isRepeat,
        },
      })),
    });

    await this.flagFuzzyDuplicates(tx, fresh, candidates, now);
    return true;
  }

  /** Candidates already holding these national IDs: one query (a record folded into another resolves to the kept one). */
  private async existingByNationalId(tx: EntityManager, nationalIds: readonly string[]): Promise<Map<string, ExistingCandidate>> {
    if (nationalIds.length === 0) return new Map();
    interface Found {
      national_id: string;
      id: string;
      status: string;
      duplicate_of_id: string | null;
      full_name: string;
      date_of_birth: string;
      gender: string;
      kept_full_name: string | null;
      kept_date_of_birth: string | null;
      kept_gender: string | null;
    }
    const rows = await tx.execute<Found[]>(
      `select c.national_id, coalesce(k.id, c.id) as id, coalesce(k.status, c.status) as status, c.duplicate_of_id,
              c.full_name, to_char(c.date_of_birth, 'YYYY-MM-DD') as date_of_birth, c.gender,
              k.full_name as kept_full_name, to_char(k.date_of_birth, 'YYYY-MM-DD') as kept_date_of_birth, k.gender as kept_gender
         from candidate c left join candidate k on k.id = c.duplicate_of_id
        where c.national_id = any(?::text[])`,
      [pgArray(nationalIds)],
    );
    return new Map(
      rows.map((row) => {
        const records: StatedIdentity[] = [{ fullName: row.full_name, dateOfBirth: row.date_of_birth, gender: row.gender }];
        if (row.kept_full_name !== null && row.kept_date_of_birth !== null && row.kept_gender !== null) {
          records.push({ fullName: row.kept_full_name, dateOfBirth: row.kept_date_of_birth, gender: row.kept_gender });
        }
        return [
          row.national_id,
          { id: row.id, status: row.status, duplicateOfId: row.duplicate_of_id, fullName: row.kept_full_name ?? row.full_name, records },
        ];
      }),
    );
  }

  /** For each candidate, an open referral by the uploading organisation (its ward unit and branches). */
  private async openReferralsOf(tx: EntityManager, candidateIds: readonly string[], wardUnitId: string): Promise<Map<string, string>> {
    if (candidateIds.length === 0) return new Map();
    const rows = await tx.execute<{ candidate_id: string; id: string }[]>(
      `select distinct on (r.candidate_id) r.candidate_id, r.id from referral r
        where r.candidate_id = any(?::uuid[]) and r.status in ('SUBMITTED', 'ACCEPTED')
          and r.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))
        order by r.candidate_id, r.submitted_at`,
      [pgArray(candidateIds), wardUnitId],
    );
    return new Map(rows.map((row) => [row.candidate_id, row.id]));
  }

  /**
   * New records that look like existing ones (or like an earlier row of the same file): same
   * name without diacritics and date of birth, different ID. One query for the database side.
   */
  private async flagFuzzyDuplicates(tx: EntityManager, fresh: readonly ValidRow[], created: readonly CandidateRow[], now: Date): Promise<void> {
    if (created.length === 0) return;
    const dates = [...new Set(created.map((candidate) => candidate.dateOfBirth))];
    const createdIds = new Set(created.map((candidate) => candidate.id));
    const rows = await tx.execute<{ id: string; full_name: string; date_of_birth: string; national_id: string }[]>(
      `select id, full_name, to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth, national_id from candidate
        where date_of_birth = any(?::date[]) and duplicate_of_id is null`,
      [pgArray(dates)],
    );
    const byDate = new Map<string, { candidateId: string; fullName: string; dateOfBirth: string; nationalId: string }[]>();
    for (const row of rows) {
      if (createdIds.has(row.id)) continue;
      const list = byDate.get(row.date_of_birth) ?? [];
      list.push({ candidateId: row.id, fullName: row.full_name, dateOfBirth: row.date_of_birth, nationalId: row.national_id });
      byDate.set(row.date_of_birth, list);
    }
    const pairs: FlaggedPair[] = [];
    created.forEach((candidate, index) => {
      const peers = byDate.get(candidate.dateOfBirth) ?? [];
      const result = classifyDuplicate({ nationalId: candidate.nationalId, fullName: candidate.fullName, dateOfBirth: candidate.dateOfBirth }, peers);
      if (result.kind === 'POSSIBLE') {
        for (const otherId of result.candidateIds) pairs.push({ candidateId: candidate.id, otherCandidateId: otherId });
        fresh[index].report.warnings.push(
          problem(null, 'Another candidate has the same name and date of birth but a different ID number; the cell will check whether it is the same person'),
        );
      }
      // Later rows of this file are compared with the earlier ones too.
      peers.push({ candidateId: candidate.id, fullName: candidate.fullName, dateOfBirth: candidate.dateOfBirth, nationalId: candidate.nationalId });
      byDate.set(candidate.dateOfBirth, peers);
    });
    await flagPossibleDuplicates(tx, this.deps, pairs, now);
  }
}
