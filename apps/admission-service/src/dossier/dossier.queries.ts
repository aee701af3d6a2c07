import type { Introduction, MemberStanding, UnionResolutionKind, VerificationFact, VerificationSubject } from '@pdv/admission-domain';
import { type EntityManager, pgArray } from '@pdv/persistence';
import type { DossierDocumentRow, DossierRow } from './dossier.entity';
import type { IntroductionRow } from './introduction.entity';
import type { PersonalHistoryRow } from './personal-history.entity';
import type { VerificationRow } from './verification.entity';

const DOSSIER_COLUMNS = `d.id, d.candidate_id as "candidateId", d.cell_id as "cellId", d.status, to_char(d.opened_on, 'YYYY-MM-DD') as "openedOn",
  to_char(d.closed_on, 'YYYY-MM-DD') as "closedOn", d.close_reason as "closeReason",
  d.recorded_at as "recordedAt", d.recorded_by as "recordedBy", d.recorded_by_role as "recordedByRole"`;

type Raw<T extends { recordedAt: Date }> = Omit<T, 'recordedAt'> & { recordedAt: string | Date };
const withDate = <T extends { recordedAt: Date }>(raw: Raw<T>): T => ({ ...raw, recordedAt: new Date(raw.recordedAt) }) as T;

export async function findDossierById(em: EntityManager, id: string, options: { forUpdate?: boolean } = {}): Promise<DossierRow | null> {
  const [raw] = await em.execute<Raw<DossierRow>[]>(`select ${DOSSIER_COLUMNS} from admission_dossier d where d.id = ?::uuid${options.forUpdate ? ' for update' : ''}`, [id]);
  return raw ? withDate(raw) : null;
}

/** The candidate's dossier in progress (at most one: a partial unique index), or null. */
export async function findDossierInProgress(em: EntityManager, candidateId: string): Promise<DossierRow | null> {
  const [raw] = await em.execute<Raw<DossierRow>[]>(
    `select ${DOSSIER_COLUMNS} from admission_dossier d
      where d.candidate_id = ?::uuid and d.status in ('OPEN', 'CELL_RESOLVED', 'GRASSROOTS_RESOLVED', 'DECIDED', 'PROBATION')`,
    [candidateId],
  );
  return raw ? withDate(raw) : null;
}

export function findDocumentsOf(em: EntityManager, dossierId: string): Promise<DossierDocumentRow[]> {
  return findDocumentsOfAll(em, [dossierId]);
}

/** The papers of a batch of dossiers, in one statement. */
export async function findDocumentsOfAll(em: EntityManager, dossierIds: readonly string[]): Promise<DossierDocumentRow[]> {
  const rows = await em.execute<Raw<DossierDocumentRow>[]>(
    `select id, dossier_id as "dossierId", kind, to_char(document_date, 'YYYY-MM-DD') as "documentDate", file_reference as "fileReference",
       recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
     from dossier_document where dossier_id = any(?::uuid[])`,
    [pgArray(dossierIds)],
  );
  return rows.map(withDate);
}

export function findIntroductionsOf(em: EntityManager, dossierId: string): Promise<IntroductionRow[]> {
  return findIntroductionsOfAll(em, [dossierId]);
}

/** The introductions of a batch of dossiers, in one statement, in the order they were recorded. */
export async function findIntroductionsOfAll(em: EntityManager, dossierIds: readonly string[]): Promise<IntroductionRow[]> {
  const rows = await em.execute<Raw<IntroductionRow>[]>(
    `select id, dossier_id as "dossierId", kind, member_id as "memberId", to_char(together_from, 'YYYY-MM-DD') as "togetherFrom",
       to_char(together_until, 'YYYY-MM-DD') as "togetherUntil", replacement_named_by_cell as "replacementNamedByCell",
       to_char(resolution_date, 'YYYY-MM-DD') as "resolutionDate", recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
     from dossier_introduction where dossier_id = any(?::uuid[]) order by recorded_at, id`,
    [pgArray(dossierIds)],
  );
  return rows.map(withDate);
}

/** Members' standing as the organisation read model holds it (its current state), as the introduction rules take it. */
export async function memberStandings(em: EntityManager, memberIds: readonly string[]): Promise<Map<string, MemberStanding>> {
  if (memberIds.length === 0) return new Map();
  const rows = await em.execute<{ id: string; organisationId: string | null; status: MemberStanding['status']; active: boolean; temporarilyAway: boolean }[]>(
    `select id, organisation_id as "organisationId", status, active, temporarily_away as "temporarilyAway" from member_read_model where id = any(?::uuid[])`,
    [pgArray(memberIds)],
  );
  return new Map(rows.map((row) => [row.id, { memberId: row.id, status: row.status, onRoll: row.active, cellId: row.organisationId, temporarilyAway: row.temporarilyAway }]));
}

/** The introductions as the domain rules see them, with each member's standing. */
export function toIntroductionFacts(rows: readonly IntroductionRow[], standings: ReadonlyMap<string, MemberStanding>): Introduction[] {
  return rows.map((row): Introduction =>
    row.kind === 'MEMBER'
      ? {
          kind: 'MEMBER',
          introductionId: row.id,
          memberId: row.memberId as string,
          standing: standings.get(row.memberId as string) ?? null,
          togetherFrom: row.togetherFrom,
          togetherUntil: row.togetherUntil,
          replacementNamedByCell: row.replacementNamedByCell,
        }
      : { kind: row.kind as UnionResolutionKind, introductionId: row.id, resolutionDate: row.resolutionDate as string },
  );
}

export async function findPersonalHistory(em: EntityManager, dossierId: string): Promise<PersonalHistoryRow | null> {
  const [raw] = await em.execute<Raw<PersonalHistoryRow>[]>(
    `select dossier_id as "dossierId", to_char(date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", education_level as "educationLevel",
       education_exception_code as "educationExceptionCode", was_member as "wasMember", to_char(left_on, 'YYYY-MM-DD') as "leftOn",
       times_readmitted as "timesReadmitted", to_char(provincial_consent_date, 'YYYY-MM-DD') as "provincialConsentDate",
       provincial_consent_reference as "provincialConsentReference", recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
     from dossier_personal_history where dossier_id = ?::uuid`,
    [dossierId],
  );
  return raw ? withDate(raw) : null;
}

export function findVerificationsOf(em: EntityManager, dossierId: string, options: { forUpdate?: boolean } = {}): Promise<VerificationRow[]> {
  return findVerificationsOfAll(em, [dossierId], options);
}

/** The verifications of a batch of dossiers, in one statement, in the order they were recorded. */
export async function findVerificationsOfAll(em: EntityManager, dossierIds: readonly string[], options: { forUpdate?: boolean } = {}): Promise<VerificationRow[]> {
  const rows = await em.execute<Raw<VerificationRow>[]>(
    `select id, dossier_id as "dossierId", subject, exempt_as_fully_declared_member as "exemptAsFullyDeclaredMember", result,
       to_char(concluded_on, 'YYYY-MM-DD') as "concludedOn", recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
     from background_verification where dossier_id = any(?::uuid[]) order by recorded_at, id${options.forUpdate ? ' for update' : ''}`,
    [pgArray(dossierIds)],
  );
  return rows.map(withDate);
}

/** The verifications as the domain rule takes them; null before the personal history (which declares who is in scope) is recorded. */
export function toVerificationFacts(rows: readonly VerificationRow[], personalHistoryRecorded: boolean): VerificationFact[] | null {
  if (!personalHistoryRecorded) return null;
  return rows.map((row) => ({
    verificationId: row.id,
    subject: row.subject as VerificationSubject,
    exemptAsFullyDeclaredMember: row.exemptAsFullyDeclaredMember,
    result: row.result as VerificationFact['result'],
  }));
}

/** Which of a batch of dossiers hold their personal history (whether, never what), in one statement. */
export async function personalHistoriesRecorded(em: EntityManager, dossierIds: readonly string[]): Promise<Set<string>> {
  const rows = await em.execute<{ dossierId: string }[]>('select dossier_id as "dossierId" from dossier_personal_history where dossier_id = any(?::uuid[])', [pgArray(dossierIds)]);
  return new Set(rows.map((row) => row.dossierId));
}

/** Dossiers by id, in one statement. */
export async function findDossiersByIds(em: EntityManager, ids: readonly string[]): Promise<DossierRow[]> {
  const rows = await em.execute<Raw<DossierRow>[]>(`select ${DOSSIER_COLUMNS} from admission_dossier d where d.id = any(?::uuid[])`, [pgArray(ids)]);
  return rows.map(withDate);
}

/** Each candidate's latest dossier (the one in progress, else the last closed), in one statement. */
export async function findLatestDossiersOfCandidates(em: EntityManager, candidateIds: readonly string[]): Promise<DossierRow[]> {
  const rows = await em.execute<Raw<DossierRow>[]>(
    `select distinct on (d.candidate_id) ${DOSSIER_COLUMNS} from admission_dossier d
      where d.candidate_id = any(?::uuid[]) order by d.candidate_id, d.recorded_at desc, d.id`,
    [pgArray(candidateIds)],
  );
  return rows.map(withDate);
}

/**
 * A page of the dossiers of an organisation's subtree (the closure holds the organisation as
 * its own descendant), optionally in one status, newest first, with the total: one statement.
 * Each row comes with its keyset cursor (when it was recorded, to the microsecond, and its id).
 */
export async function findDossiersUnder(
  em: EntityManager,
  args: { organisationId: string; status: string | null; after: { recordedAt: string; id: string } | null; limit: number },
): Promise<{ page: { dossier: DossierRow; cursorAt: string }[]; totalCount: number }> {
  const rows = await em.execute<(Raw<DossierRow> & { totalCount: string; cursorAt: string | null })[]>(
    `with matching as (
       select d.* from org_read_model_closure t join admission_dossier d on d.cell_id = t.descendant_id
        where t.ancestor_id = ?::uuid and (?::text is null or d.status = ?::text)
     )
     select c.total as "totalCount", p.* from (select count(*) as total from matching) c
       left join lateral (
         select ${DOSSIER_COLUMNS}, to_char(d.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursorAt"
           from matching d
          where ?::text is null or (d.recorded_at, d.id) < (?::timestamptz, ?::uuid)
          order by d.recorded_at desc, d.id desc limit ?
       ) p on true`,
    [args.organisationId, args.status, args.status, args.after?.recordedAt ?? null, args.after?.recordedAt ?? null, args.after?.id ?? null, args.limit],
  );
  const page = rows.filter((row) => row.id !== null).map(({ totalCount: _total, cursorAt, ...raw }) => ({ dossier: withDate(raw as Raw<DossierRow>), cursorAt: cursorAt as string }));
  return { page, totalCount: Number(rows[0]?.totalCount ?? 0) };
}
