import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { DECIDING_ROLES, DOSSIER_HANDLERS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import { AdmissionDeadline } from '../deadline/deadline.type';
import { ExtendAdmissionDeadlineInput, RecordAdmissionCeremonyInput, RecordAdmissionDecisionInput, RecordMemberHistoryCompletedInput } from './decision.input';
import { toAdmissionDecision, toProbation } from './decision.mapper';
import { parseExtendAdmissionDeadline, parseRecordAdmissionCeremony, parseRecordAdmissionDecision } from './decision.parse';
import { AdmissionDecision, Probation } from './decision.type';

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => AdmissionDecision)
export class AdmissionDecisionResolver {
  @Mutation(() => AdmissionDecision, {
    description: 'Records the competent committee’s admission decision (ADMISSION.COMPETENT_COMMITTEE) after a passed cell resolution; one after 60 working days (plus the extension) is flagged late; publishes admission.decision.made.',
  })
  @Allow(DECIDING_ROLES)
  async recordAdmissionDecision(
    @Arg('input', () => RecordAdmissionDecisionInput, { description: 'The dossier, the decision’s number and date.' }) input: RecordAdmissionDecisionInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDecision> {
    return toAdmissionDecision(await ctx.services.decisions.decide(parseRecordAdmissionDecision(input)));
  }

  @Mutation(() => Probation, {
    description:
      'Records the admission ceremony (ADMISSION.CEREMONY_DEADLINE, PROBATION.MENTOR): probation starts; publishes admission.ceremony.held (the organisation service registers the probationary member, sourcing marks the candidate admitted).',
  })
  @Allow(DOSSIER_HANDLERS)
  async recordAdmissionCeremony(
    @Arg('input', () => RecordAdmissionCeremonyInput, { description: 'The dossier, when the decision was received, the ceremony, any consent, and the mentor.' }) input: RecordAdmissionCeremonyInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<Probation> {
    return toProbation(await ctx.services.decisions.holdCeremony(parseRecordAdmissionCeremony(input)));
  }

  @Mutation(() => AdmissionDeadline, {
    description:
      'Records that the new member completed their member history, dated between the ceremony and today (ADMISSION.MEMBER_HISTORY_DEADLINE: 30 working days by default, later is recorded and flagged); answers that deadline, MET or MET_LATE.',
  })
  @Allow(DOSSIER_HANDLERS)
  async recordMemberHistoryCompleted(
    @Arg('input', () => RecordMemberHistoryCompletedInput, { description: 'The dossier and the day the history was completed.' }) input: RecordMemberHistoryCompletedInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDeadline> {
    return Object.assign(new AdmissionDeadline(), { candidateId: null, cellId: null }, await ctx.services.decisions.recordMemberHistory({ dossierId: input.dossierId, completedOn: input.completedOn }));
  }

  @Mutation(() => AdmissionDeadline, {
    description: 'Extends the competent committee’s decision deadline once, by at most 30 working days, with a reason, by the day it falls due (ADMISSION.DEADLINE_EXTENSION).',
  })
  @Allow(DECIDING_ROLES)
  async extendAdmissionDeadline(
    @Arg('input', () => ExtendAdmissionDeadlineInput, { description: 'The dossier, which deadline, how many working days and why.' }) input: ExtendAdmissionDeadlineInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionDeadline> {
    return Object.assign(new AdmissionDeadline(), { candidateId: null, cellId: null }, await ctx.services.decisions.extendDeadline(parseExtendAdmissionDeadline(input)));
  }
}
