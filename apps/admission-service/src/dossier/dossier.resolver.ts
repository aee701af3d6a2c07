import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CandidateStub, OrganisationStub } from '../organisation/organisation.stub';
import { Allow } from '@pdv/graphql';
import { DECIDING_ROLES, DOSSIER_HANDLERS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import {
  CloseAdmissionDossierInput,
  ConcludeBackgroundVerificationInput,
  OpenAdmissionDossierInput,
  RecordBackgroundVerificationInput,
  RecordDossierDocumentInput,
  RecordIntroductionInput,
  RecordPersonalHistoryInput,
} from './dossier.input';
import { toAdmissionDossier } from './dossier.mapper';
import { parseCloseAdmissionDossier, parseDossierReason, parseRecordBackgroundVerification, parseRecordDossierDocument, parseRecordIntroduction, parseRecordPersonalHistory } from './dossier.parse';
import { AdmissionDossier } from './dossier.type';

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => AdmissionDossier)
export class DossierResolver {
  @FieldResolver(() => CandidateStub, { description: 'The candidate, as the sourcing service shows them to the caller (name and dates of birth by role).' })
  @Allow(DOSSIER_HANDLERS)
  candidate(@Root() dossier: AdmissionDossier): CandidateStub {
    return Object.assign(new CandidateStub(), { id: dossier.candidateId });
  }

  @FieldResolver(() => OrganisationStub, { description: 'The cell that opened it, as the organisation service shows it.' })
  @Allow(DOSSIER_HANDLERS)
  cell(@Root() dossier: AdmissionDossier): OrganisationStub {
    return Object.assign(new OrganisationStub(), { id: dossier.cellId });
  }

  @Query(() => AdmissionDossier, { nullable: true, description: 'One admission dossier with its papers; null if there is none (or it is outside a cell secretary’s part of the ward).' })
  @Allow(DOSSIER_HANDLERS)
  async admissionDossier(@Arg('id', () => ID, { description: 'The dossier.' }) id: string, @Ctx() ctx: AdmissionContext): Promise<AdmissionDossier | null> {
    const found = await ctx.services.dossiers.get(id);
    return found ? toAdmissionDossier(found) : null;
  }

  @Mutation(() => AdmissionDossier, { description: 'Opens the admission dossier of a candidate holding an awareness certificate valid today (ADMISSION.CERTIFICATE_VALID); one in progress per candidate.' })
  @Allow(DOSSIER_HANDLERS)
  async openAdmissionDossier(
    @Arg('input', () => OpenAdmissionDossierInput, { description: 'The candidate.' }) input: OpenAdmissionDossierInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDossier> {
    return toAdmissionDossier(await ctx.services.dossiers.open(input.candidateId));
  }

  @Mutation(() => AdmissionDossier, { description: 'Records a paper of an open dossier in the Charter’s order (ADMISSION.DOSSIER_ORDER).' })
  @Allow(DOSSIER_HANDLERS)
  async recordDossierDocument(
    @Arg('input', () => RecordDossierDocumentInput, { description: 'The dossier, the paper, its date and the reference of its scan.' }) input: RecordDossierDocumentInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDossier> {
    return toAdmissionDossier(await ctx.services.dossiers.recordDocument(parseRecordDossierDocument(input)));
  }

  @Mutation(() => AdmissionDossier, {
    description:
      'Records an introduction of an open dossier: an official member standing today (ADMISSION.INTRODUCER_STANDING), or a union committee’s resolution dated by today (ADMISSION.UNION_RESOLUTION).',
  })
  @Allow(DOSSIER_HANDLERS)
  async recordIntroduction(
    @Arg('input', () => RecordIntroductionInput, { description: 'The dossier and the introduction.' }) input: RecordIntroductionInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDossier> {
    return toAdmissionDossier(await ctx.services.dossiers.recordIntroduction(parseRecordIntroduction(input)));
  }

  @Mutation(() => AdmissionDossier, { description: 'Records the eligibility facts of an open dossier’s personal history (personal data: its collection is in the audit trail); once per dossier.' })
  @Allow(DOSSIER_HANDLERS)
  async recordPersonalHistory(
    @Arg('input', () => RecordPersonalHistoryInput, { description: 'The dossier and the facts.' }) input: RecordPersonalHistoryInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDossier> {
    return toAdmissionDossier(await ctx.services.dossiers.recordPersonalHistory(parseRecordPersonalHistory(input)));
  }

  @Mutation(() => AdmissionDossier, { description: 'Records the background verification of one person in scope of an open dossier: exempt, open, or concluded (personal data: in the audit trail).' })
  @Allow(DOSSIER_HANDLERS)
  async recordBackgroundVerification(
    @Arg('input', () => RecordBackgroundVerificationInput, { description: 'The dossier, whose background, and the conclusion if reached.' }) input: RecordBackgroundVerificationInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDossier> {
    return toAdmissionDossier(await ctx.services.dossiers.recordVerification(parseRecordBackgroundVerification(input)));
  }

  @Mutation(() => AdmissionDossier, { description: 'Concludes an open background verification, once (personal data: in the audit trail).' })
  @Allow(DOSSIER_HANDLERS)
  async concludeBackgroundVerification(
    @Arg('input', () => ConcludeBackgroundVerificationInput, { description: 'The verification, its result and the day it was concluded.' }) input: ConcludeBackgroundVerificationInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDossier> {
    return toAdmissionDossier(await ctx.services.dossiers.concludeVerification(input));
  }

  @Mutation(() => AdmissionDossier, { description: 'Rejects a dossier before the decision (ADMISSION.TRANSITION_NOT_ALLOWED after), with a reason; publishes admission.dossier.closed.' })
  @Allow(DOSSIER_HANDLERS)
  async rejectAdmissionDossier(
    @Arg('input', () => CloseAdmissionDossierInput, { description: 'The dossier and why.' }) input: CloseAdmissionDossierInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDossier> {
    return toAdmissionDossier(await ctx.services.dossiers.close(parseCloseAdmissionDossier(input, 'REJECTED')));
  }

  @Mutation(() => AdmissionDossier, { description: 'Withdraws a dossier before the ceremony, with a reason; publishes admission.dossier.closed.' })
  @Allow(DOSSIER_HANDLERS)
  async withdrawAdmissionDossier(
    @Arg('input', () => CloseAdmissionDossierInput, { description: 'The dossier and why.' }) input: CloseAdmissionDossierInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDossier> {
    return toAdmissionDossier(await ctx.services.dossiers.close(parseCloseAdmissionDossier(input, 'WITHDRAWN')));
  }

  @Mutation(() => AdmissionDossier, {
    description:
      'Annuls a wrongful admission (after the decision, in probation or after recognition), with a reason kept on the dossier; only the competent committee (ADMISSION.COMPETENT_COMMITTEE); publishes admission.decision.annulled.',
  })
  @Allow(DECIDING_ROLES)
  async annulAdmission(
    @Arg('input', () => CloseAdmissionDossierInput, { description: 'The dossier and why the admission was wrongful.' }) input: CloseAdmissionDossierInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDossier> {
    return toAdmissionDossier(await ctx.services.dossiers.annul(parseDossierReason(input)));
  }
}
