import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { assertOrganisationInScope, assertRecordInScope, requireIdentity } from '@pdv/auth';
import {
  certificateOutcome,
  checkDocumentOrder,
  documentPosition,
  type DossierDocumentKind,
  type DossierStatus,
  type FormerMembership,
  introductionRecordingOutcome,
  nextDossierStatus,
  type RecordedConsent,
  requireAllowed,
  type UnionResolutionKind,
  type VerificationSubject,
} from '@pdv/admission-domain';
import { todayInVietnam } from '@pdv/calendar';
import { admissionAnnulled, dossierClosed, dossierOpened, type EducationLevel } from '@pdv/contracts';
import { AppError, Problems } from '@pdv/errors';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import { auditActorOf, writePersonalDataAudit } from '@pdv/personal-data';
import type { EntityManager } from '@pdv/persistence';
import { candidateCertificates, findCandidateFacts } from '../candidate-facts/candidate-facts.queries';
import { requireCompetentCommittee } from '../common/competent-committee';
import { isUniqueViolation } from '../common/db-errors';
import { admittedMemberOf } from '../recognition/recognition.queries';
import type { ServiceScope } from '../common/service-scope';
import { DossierDocumentEntity, type DossierDocumentRow, DossierEntity, type DossierRow } from './dossier.entity';
import {
  findDocumentsOf,
  findDocumentsOfAll,
  findDossierById,
  findDossierInProgress,
  findDossiersByIds,
  findDossiersUnder,
  findIntroductionsOfAll,
  findLatestDossiersOfCandidates,
  findVerificationsOf,
  findVerificationsOfAll,
  memberStandings,
  personalHistoriesRecorded,
  toIntroductionFacts,
} from './dossier.queries';
import { VerificationEntity, type VerificationRow } from './verification.entity';
import { lockDossierInScope } from './dossier-access';
import { PersonalHistoryEntity, type PersonalHistoryRow } from './personal-history.entity';
import { IntroductionEntity, type IntroductionRow } from './introduction.entity';

export interface RecordDossierDocumentCommand {
  dossierId: string;
  kind: DossierDocumentKind;
  documentDate: string;
  fileReference: string | null;
}

export interface RecordIntroductionCommand {
  dossierId: string;
  introduction:
    | { kind: 'MEMBER'; memberId: string; togetherFrom: string | null; togetherUntil: string | null; replacementNamedByCell: boolean }
    | { kind: UnionResolutionKind; resolutionDate: string };
}

export interface RecordPersonalHistoryCommand {
  dossierId: string;
  dateOfBirth: string;
  educationLevel: EducationLevel;
  educationExceptionCode: string | null;
  formerMembership: FormerMembership;
  provincialConsent: RecordedConsent | null;
}

export type VerificationResult = 'SATISFACTORY' | 'UNSATISFACTORY';

export interface RecordVerificationCommand {
  dossierId: string;
  subject: VerificationSubject;
  exemptAsFullyDeclaredMember: boolean;
  /** With its date, or null while the verification is open (or exempt). */
  conclusion: { result: VerificationResult; concludedOn: string } | null;
}

export interface ConcludeVerificationCommand {
  verificationId: string;
  result: VerificationResult;
  concludedOn: string;
}

/** A dossier with its papers in the Charter's order and its introductions. */
export interface DossierWithDocuments {
  dossier: DossierRow;
  documents: DossierDocumentRow[];
  introductions: IntroductionRow[];
  /** Whether the personal history's facts are recorded (their values are personal data, not shown here). */
  personalHistoryRecorded: boolean;
  verifications: VerificationRow[];
}

/** Opens dossiers and records their papers; each change is checked by the domain and written with its event in one transaction. */
export class DossierService {
  constructor(private readonly scope: ServiceScope) {}

  // One statement per batch (an `_entities` page, a list's nested field), then the views' four.
  private readonly byId = new DataLoader<string, DossierWithDocuments | null>(async (ids) => {
    const views = await this.visibleViews(await findDossiersByIds(this.scope.em, ids));
    return ids.map((id) => views.find((view) => view.dossier.id === id) ?? null);
  });
  private readonly latestOfCandidate = new DataLoader<string, DossierWithDocuments | null>(async (candidateIds) => {
    const views = await this.visibleViews(await findLatestDossiersOfCandidates(this.scope.em, candidateIds));
    return candidateIds.map((candidateId) => views.find((view) => view.dossier.candidateId === candidateId) ?? null);
  });

  /** A dossier by id for another subgraph (batched); null when unknown or outside a cell secretary's part of the ward. */
  load(id: string): Promise<DossierWithDocuments | null> {
    return this.byId.load(id);
  }

  /** The candidate's dossier in progress, else their last closed one; null when none is visible to the caller (batched). */
  ofCandidate(candidateId: string): Promise<DossierWithDocuments | null> {
    return this.latestOfCandidate.load(candidateId);
  }

  /** A page of the dossiers of an organisation's subtree, newest first; FORBIDDEN outside a cell secretary's part of the ward. */
  async ofOrganisation(args: { organisationId: string; status: string | null; after: { recordedAt: string; id: string } | null; limit: number }) {
    await assertOrganisationInScope(requireIdentity(this.scope.identity), args.organisationId, new OrganisationReadModelScopes(this.scope.em));
    const { page, totalCount } = await findDossiersUnder(this.scope.em, args);
    const views = await viewsOf(this.scope.em, page.map((entry) => entry.dossier));
    return { totalCount, page: views.map((view, index) => ({ view, cursorAt: page[index].cursorAt })) };
  }

  /** The dossiers of a batch a cell secretary may see (their part of the ward), with their views. */
  private async visibleViews(dossiers: readonly DossierRow[]): Promise<DossierWithDocuments[]> {
    const identity = requireIdentity(this.scope.identity);
    const scopes = new OrganisationReadModelScopes(this.scope.em);
    const cells = [...new Set(dossiers.map((dossier) => dossier.cellId))];
    const visibleCells = new Set<string>();
    for (const cellId of cells) {
      const outOfScope = new AppError('NOT_FOUND', 'out of scope');
      try {
        await assertRecordInScope(identity, cellId, scopes, () => outOfScope);
        visibleCells.add(cellId);
      } catch (error) {
        if (error !== outOfScope) throw error;
      }
    }
    return viewsOf(this.scope.em, dossiers.filter((dossier) => visibleCells.has(dossier.cellId)));
  }

  /** Null for an unknown id, and for a dossier outside a cell secretary's part of the ward (it answers as an unknown id would). */
  async get(id: string): Promise<DossierWithDocuments | null> {
    const dossier = await findDossierById(this.scope.em, id);
    if (!dossier) return null;
    const outOfScope = new AppError('NOT_FOUND', 'out of scope');
    try {
      await this.assertInScope(this.scope.em, dossier.cellId, () => outOfScope);
    } catch (error) {
      if (error === outOfScope) return null;
      throw error;
    }
    return viewOf(this.scope.em, dossier);
  }

  /**
   * Step 4 begins with a valid awareness certificate (ADMISSION.CERTIFICATE_VALID, today), for
   * a candidate a cell accepted and who has not withdrawn; one dossier in progress at a time.
   */
  async open(candidateId: string): Promise<DossierWithDocuments> {
    const { clock, actor, events } = this.scope;
    const today = todayInVietnam(clock);
    try {
      return await this.scope.em.transactional(async (em) => {
        const notFound = () => AppError.notFound('Candidate', candidateId);
        const candidate = await findCandidateFacts(em, candidateId);
        if (!candidate || candidate.withdrawnOn !== null) throw notFound();
        await this.assertInScope(em, candidate.cellId, notFound);
        if (await findDossierInProgress(em, candidateId)) throw inProgress(candidateId);
        requireAllowed([certificateOutcome({ certificates: await candidateCertificates(em, candidateId, 'AWARENESS'), meetingDate: today })]);
        const dossier: DossierRow = {
          id: randomUUID(),
          candidateId,
          cellId: candidate.cellId,
          status: 'OPEN',
          openedOn: today,
          closedOn: null,
          closeReason: null,
          recordedAt: clock.now(),
          recordedBy: actor.id,
          recordedByRole: actor.role,
        };
        await em.insertMany(DossierEntity, [dossier]);
        events.recordEvent(em, dossierOpened, {
          aggregateId: dossier.id,
          actor,
          data: { dossierId: dossier.id, candidateId, cellId: dossier.cellId, openedOn: today },
        });
        return { dossier, documents: [], introductions: [], personalHistoryRecorded: false, verifications: [] };
      });
    } catch (error) {
      // Two concurrent openings: the partial unique index lets one through.
      if (isUniqueViolation(error)) throw inProgress(candidateId);
      throw error;
    }
  }

  /** A paper in the Charter's order (ADMISSION.DOSSIER_ORDER), while the dossier is open. */
  async recordDocument(command: RecordDossierDocumentCommand): Promise<DossierWithDocuments> {
    const { clock, actor } = this.scope;
    const today = todayInVietnam(clock);
    try {
      return await this.scope.em.transactional(async (em) => {
        const dossier = await this.openForChange(em, command.dossierId);
        const recorded = await findDocumentsOf(em, dossier.id);
        if (recorded.some((paper) => paper.kind === command.kind)) throw alreadyRecorded(command.kind);
        checkDocumentOrder({ recorded: recorded.map((paper) => ({ kind: paper.kind as DossierDocumentKind, date: paper.documentDate })), next: { kind: command.kind, date: command.documentDate }, today });
        const row: DossierDocumentRow = {
          id: randomUUID(),
          dossierId: dossier.id,
          kind: command.kind,
          documentDate: command.documentDate,
          fileReference: command.fileReference,
          recordedAt: clock.now(),
          recordedBy: actor.id,
          recordedByRole: actor.role,
        };
        await em.insertMany(DossierDocumentEntity, [row]);
        return viewOf(em, dossier);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyRecorded(command.kind);
      throw error;
    }
  }

  /**
   * An introduction of an open dossier. A member must stand as an official member today
   * (ADMISSION.INTRODUCER_STANDING) and a resolution be dated by today; the 12 months and youth
   * age are for the meeting date, in the readiness list. A member introduces once (CONFLICT).
   */
  async recordIntroduction(command: RecordIntroductionCommand): Promise<DossierWithDocuments> {
    const { clock, actor } = this.scope;
    const today = todayInVietnam(clock);
    const memberId = command.introduction.kind === 'MEMBER' ? command.introduction.memberId : null;
    try {
      return await this.scope.em.transactional(async (em) => {
        const dossier = await this.openForChange(em, command.dossierId);
        const row: IntroductionRow = {
          id: randomUUID(),
          dossierId: dossier.id,
          kind: command.introduction.kind,
          memberId,
          togetherFrom: command.introduction.kind === 'MEMBER' ? command.introduction.togetherFrom : null,
          togetherUntil: command.introduction.kind === 'MEMBER' ? command.introduction.togetherUntil : null,
          replacementNamedByCell: command.introduction.kind === 'MEMBER' && command.introduction.replacementNamedByCell,
          resolutionDate: command.introduction.kind === 'MEMBER' ? null : command.introduction.resolutionDate,
          recordedAt: clock.now(),
          recordedBy: actor.id,
          recordedByRole: actor.role,
        };
        const [fact] = toIntroductionFacts([row], await memberStandings(em, memberId ? [memberId] : []));
        requireAllowed([introductionRecordingOutcome(fact, today)]);
        await em.insertMany(IntroductionEntity, [row]);
        return viewOf(em, dossier);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict('This member already introduces the applicant in this dossier.', { memberId });
      throw error;
    }
  }

  /**
   * The eligibility facts of the personal history, once per dossier (CONFLICT after: a
   * correction is its own step). Personal data: its collection is in the audit trail, in the
   * same transaction.
   */
  async recordPersonalHistory(command: RecordPersonalHistoryCommand): Promise<DossierWithDocuments> {
    const { clock, actor, identity, requestId } = this.scope;
    try {
      return await this.scope.em.transactional(async (em) => {
        const dossier = await this.openForChange(em, command.dossierId);
        const former = command.formerMembership;
        const row: PersonalHistoryRow = {
          dossierId: dossier.id,
          dateOfBirth: command.dateOfBirth,
          educationLevel: command.educationLevel,
          educationExceptionCode: command.educationExceptionCode,
          wasMember: former.wasMember,
          leftOn: former.wasMember ? former.leftOn : null,
          timesReadmitted: former.wasMember ? former.timesReadmitted : 0,
          provincialConsentDate: command.provincialConsent?.date ?? null,
          provincialConsentReference: command.provincialConsent?.reference ?? null,
          recordedAt: clock.now(),
          recordedBy: actor.id,
          recordedByRole: actor.role,
        };
        await em.insertMany(PersonalHistoryEntity, [row]);
        await writePersonalDataAudit(em, { actor: auditActorOf({ identity, requestId }), at: clock.now(), newId: randomUUID }, [
          { action: 'COLLECT', subjectType: 'Candidate', subjectId: dossier.candidateId, field: 'dateOfBirth' },
        ]);
        return viewOf(em, dossier);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict('The dossier already holds its personal history.', { dossierId: command.dossierId });
      throw error;
    }
  }

  /**
   * The verification of one person in scope of an open dossier: exempt (a relative who is a
   * fully declared member; never the applicant), open, or concluded by today. The applicant's is
   * recorded once. A result is personal data: its collection is in the audit trail.
   */
  async recordVerification(command: RecordVerificationCommand): Promise<DossierWithDocuments> {
    const today = todayInVietnam(this.scope.clock);
    const problems = new Problems();
    if (command.subject === 'APPLICANT' && command.exemptAsFullyDeclaredMember) problems.add('input.exemptAsFullyDeclaredMember', 'the applicant is always verified');
    if (command.exemptAsFullyDeclaredMember && command.conclusion) problems.add('input.result', 'an exempt relative is not verified: leave the result out');
    if (command.conclusion && command.conclusion.concludedOn > today) problems.add('input.concludedOn', `must not be after today (${today})`);
    problems.throwIfAny();
    return this.scope.em.transactional(async (em) => {
      const dossier = await this.openForChange(em, command.dossierId);
      if (command.subject === 'APPLICANT' && (await findVerificationsOf(em, dossier.id)).some((row) => row.subject === 'APPLICANT')) {
        throw AppError.conflict('The dossier already holds the verification of the applicant.', { dossierId: dossier.id });
      }
      const row: VerificationRow = {
        id: randomUUID(),
        dossierId: dossier.id,
        subject: command.subject,
        exemptAsFullyDeclaredMember: command.exemptAsFullyDeclaredMember,
        result: command.conclusion?.result ?? null,
        concludedOn: command.conclusion?.concludedOn ?? null,
        recordedAt: this.scope.clock.now(),
        recordedBy: this.scope.actor.id,
        recordedByRole: this.scope.actor.role,
      };
      await em.insertMany(VerificationEntity, [row]);
      if (row.result !== null) await this.auditVerificationResult(em, dossier.candidateId);
      return viewOf(em, dossier);
    });
  }

  /** Concludes an open verification, once, by today. */
  async concludeVerification(command: ConcludeVerificationCommand): Promise<DossierWithDocuments> {
    const today = todayInVietnam(this.scope.clock);
    if (command.concludedOn > today) new Problems().add('input.concludedOn', `must not be after today (${today})`).throwIfAny();
    return this.scope.em.transactional(async (em) => {
      const [found] = await em.execute<{ dossierId: string }[]>('select dossier_id as "dossierId" from background_verification where id = ?::uuid', [command.verificationId]);
      if (!found) throw AppError.notFound('BackgroundVerification', command.verificationId);
      const dossier = await this.openForChange(em, found.dossierId, () => AppError.notFound('BackgroundVerification', command.verificationId));
      const updated = await em.execute<{ id: string }[]>(
        'update background_verification set result = ?, concluded_on = ?::date where id = ?::uuid and result is null and not exempt_as_fully_declared_member returning id',
        [command.result, command.concludedOn, command.verificationId],
      );
      if (updated.length === 0) throw AppError.conflict('This verification is already concluded, or the relative is exempt.', { verificationId: command.verificationId });
      await this.auditVerificationResult(em, dossier.candidateId);
      return viewOf(em, dossier);
    });
  }

  private async auditVerificationResult(em: EntityManager, candidateId: string): Promise<void> {
    const { identity, requestId, clock } = this.scope;
    await writePersonalDataAudit(em, { actor: auditActorOf({ identity, requestId }), at: clock.now(), newId: randomUUID }, [
      { action: 'COLLECT', subjectType: 'Candidate', subjectId: candidateId, field: 'backgroundVerification' },
    ]);
  }

  /**
   * Rejects (at the cell or a committee, before the decision) or withdraws (before the
   * ceremony) a dossier, with a reason; publishes admission.dossier.closed, on which sourcing
   * returns the candidate to the pool.
   */
  async close(command: { dossierId: string; outcome: 'REJECTED' | 'WITHDRAWN'; reason: string }): Promise<DossierWithDocuments> {
    const { clock, actor, events } = this.scope;
    const today = todayInVietnam(clock);
    return this.scope.em.transactional(async (em) => {
      const dossier = await lockDossierInScope(em, this.scope.identity, command.dossierId);
      const status = nextDossierStatus(dossier.status as DossierStatus, { kind: command.outcome === 'REJECTED' ? 'REJECT' : 'WITHDRAW', reason: command.reason }, { hasGrassrootsCommittee: false });
      await em.execute('update admission_dossier set status = ?, closed_on = ?::date, close_reason = ? where id = ?::uuid', [status, today, command.reason, dossier.id]);
      events.recordEvent(em, dossierClosed, {
        aggregateId: dossier.id,
        actor,
        data: { dossierId: dossier.id, candidateId: dossier.candidateId, cellId: dossier.cellId, outcome: command.outcome, closedOn: today },
      });
      return viewOf(em, { ...dossier, status, closedOn: today, closeReason: command.reason });
    });
  }

  /**
   * Annuls a wrongful admission (after the decision, in probation or after recognition), with
   * a reason kept on the dossier; only the competent committee (ADMISSION.COMPETENT_COMMITTEE).
   * Publishes admission.decision.annulled (never the reason: it may be personal).
   */
  async annul(command: { dossierId: string; reason: string }): Promise<DossierWithDocuments> {
    const { clock, actor, events } = this.scope;
    const today = todayInVietnam(clock);
    return this.scope.em.transactional(async (em) => {
      await requireCompetentCommittee(this.scope, em);
      const dossier = await lockDossierInScope(em, this.scope.identity, command.dossierId);
      const status = nextDossierStatus(dossier.status as DossierStatus, { kind: 'ANNUL', reason: command.reason }, { hasGrassrootsCommittee: false });
      await em.execute('update admission_dossier set status = ?, closed_on = ?::date, close_reason = ? where id = ?::uuid', [status, today, command.reason, dossier.id]);
      events.recordEvent(em, admissionAnnulled, {
        aggregateId: dossier.id,
        actor,
        data: { dossierId: dossier.id, candidateId: dossier.candidateId, cellId: dossier.cellId, memberId: await admittedMemberOf(em, dossier.candidateId), annulledOn: today },
      });
      return viewOf(em, { ...dossier, status, closedOn: today, closeReason: command.reason });
    });
  }

  /** The dossier, locked, in the caller's part of the ward, and open for papers and introductions. */
  private async openForChange(em: EntityManager, dossierId: string, notFound = () => AppError.notFound('AdmissionDossier', dossierId)): Promise<DossierRow> {
    const dossier = await lockDossierInScope(em, this.scope.identity, dossierId, notFound);
    nextDossierStatus(dossier.status as DossierStatus, { kind: 'RECORD_PAPER' }, { hasGrassrootsCommittee: false });
    return dossier;
  }

  private async assertInScope(em: EntityManager, cellId: string, notFound: () => AppError): Promise<void> {
    await assertRecordInScope(requireIdentity(this.scope.identity), cellId, new OrganisationReadModelScopes(em), notFound);
  }
}

function inProgress(candidateId: string): AppError {
  return AppError.conflict('The candidate already has an admission dossier in progress.', { candidateId });
}

function alreadyRecorded(kind: string): AppError {
  return AppError.conflict(`The dossier already holds its ${kind}.`, { kind });
}

async function viewOf(em: EntityManager, dossier: DossierRow): Promise<DossierWithDocuments> {
  return (await viewsOf(em, [dossier]))[0];
}

/** A batch of dossiers with their papers, introductions and verifications: four statements whatever the batch's size. */
export async function viewsOf(em: EntityManager, dossiers: readonly DossierRow[]): Promise<DossierWithDocuments[]> {
  if (dossiers.length === 0) return [];
  const ids = dossiers.map((dossier) => dossier.id);
  const [documents, introductions, histories, verifications] = await Promise.all([
    findDocumentsOfAll(em, ids),
    findIntroductionsOfAll(em, ids),
    personalHistoriesRecorded(em, ids),
    findVerificationsOfAll(em, ids),
  ]);
  return dossiers.map((dossier) => ({
    dossier,
    documents: sortByCharter(documents.filter((row) => row.dossierId === dossier.id)),
    introductions: introductions.filter((row) => row.dossierId === dossier.id),
    personalHistoryRecorded: histories.has(dossier.id),
    verifications: verifications.filter((row) => row.dossierId === dossier.id),
  }));
}

function sortByCharter(documents: DossierDocumentRow[]): DossierDocumentRow[] {
  return [...documents].sort((a, b) => documentPosition(a.kind as DossierDocumentKind) - documentPosition(b.kind as DossierDocumentKind) || (a.kind < b.kind ? -1 : 1));
}
