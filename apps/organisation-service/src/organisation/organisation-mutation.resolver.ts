import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { WARD_EDITORS } from '../common/permissions';
import { recorderOf } from '../common/service-scope';
import type { OrganisationContext } from '../context';
import {
  CloseOrganisationInput,
  MergeOrganisationsInput,
  MoveOrganisationInput,
  RegisterOrganisationInput,
  ReviseOrganisationInput,
  SplitOrganisationInput,
} from './organisation.input';
import { lastDayOf, toOrganisation, toPlannedClosure } from './organisation.mapper';
import {
  parseCloseOrganisation,
  parseMergeOrganisations,
  parseMoveOrganisation,
  parseRegisterOrganisation,
  parseReviseOrganisation,
  parseSplitOrganisation,
} from './organisation.parse';
import type { TreeChangeOutcome } from './organisation.service';
import { CloseOrganisationResult, MergeOrganisationsResult, Organisation, SplitOrganisationResult } from './organisation.type';

function opened(outcome: TreeChangeOutcome, id: string): Organisation {
  const view = outcome.opened.find((row) => row.id === id);
  if (!view) throw new Error('the plan did not open the organisation it changed');
  return toOrganisation(view, view.validFrom);
}

function closures(outcome: TreeChangeOutcome, ctx: OrganisationContext, note: string) {
  return outcome.closed.map((closed) => toPlannedClosure(closed, recorderOf(ctx.actor), outcome.at, note));
}

/** Changes to the organisation tree: the ward's editors only. */
@Resolver(() => Organisation)
export class OrganisationMutationResolver {
  @Mutation(() => Organisation, { description: 'Registers a new organisation from a date. Returns it as of that date.' })
  @Allow(WARD_EDITORS)
  async registerOrganisation(
    @Arg('input', () => RegisterOrganisationInput, { description: 'The new organisation.' }) input: RegisterOrganisationInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<Organisation> {
    const { command, note } = parseRegisterOrganisation(input);
    return opened(await ctx.services.tree.register(command, note), command.organisationId);
  }

  @Mutation(() => Organisation, { description: 'Renames, recodes or re-classifies an organisation from a date; history keeps the old values.' })
  @Allow(WARD_EDITORS)
  async reviseOrganisation(
    @Arg('input', () => ReviseOrganisationInput, { description: 'The new values and their date.' }) input: ReviseOrganisationInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<Organisation> {
    const { command, note } = parseReviseOrganisation(input);
    return opened(await ctx.services.tree.revise(command, note), command.organisationId);
  }

  @Mutation(() => Organisation, { description: 'Places an organisation under another parent from a date.' })
  @Allow(WARD_EDITORS)
  async moveOrganisation(
    @Arg('input', () => MoveOrganisationInput, { description: 'The organisation, its new parent and the date.' }) input: MoveOrganisationInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<Organisation> {
    const { command, note } = parseMoveOrganisation(input);
    return opened(await ctx.services.tree.move(command, note), command.organisationId);
  }

  @Mutation(() => CloseOrganisationResult, { description: 'Dissolves an organisation that has no members and no subordinate organisations left.' })
  @Allow(WARD_EDITORS)
  async closeOrganisation(
    @Arg('input', () => CloseOrganisationInput, { description: 'The organisation and its first day closed.' }) input: CloseOrganisationInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<CloseOrganisationResult> {
    const { command, note } = parseCloseOrganisation(input);
    const outcome = await ctx.services.tree.close(command, note);
    const [last] = outcome.lastVersions;
    return Object.assign(new CloseOrganisationResult(), {
      closure: closures(outcome, ctx, note)[0],
      organisation: toOrganisation(last, lastDayOf(last)),
    });
  }

  @Mutation(() => MergeOrganisationsResult, {
    description: 'Merges organisations into an existing or a new one: the sources close, their subordinates move under the target and their members are re-placed in it.',
  })
  @Allow(WARD_EDITORS)
  async mergeOrganisations(
    @Arg('input', () => MergeOrganisationsInput, { description: 'Sources, target and date.' }) input: MergeOrganisationsInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<MergeOrganisationsResult> {
    const { command, note } = parseMergeOrganisations(input);
    const outcome = await ctx.services.tree.merge(command, note);
    const targetId = 'create' in command.target ? command.target.create.organisationId : command.target.existingId;
    const target = outcome.opened.find((row) => row.id === targetId) ?? (await ctx.services.organisations.get(targetId, command.effectiveDate));
    if (!target) throw new Error('the merge target is not active on the effective date');
    return Object.assign(new MergeOrganisationsResult(), {
      target: toOrganisation(target, command.effectiveDate),
      closures: closures(outcome, ctx, note),
      reparented: outcome.opened.filter((row) => row.id !== targetId).map((row) => toOrganisation(row, command.effectiveDate)),
      membersMoved: outcome.membersMoved,
    });
  }

  @Mutation(() => SplitOrganisationResult, {
    description: 'Splits an organisation into two or more new ones, re-placing every member and subordinate organisation as allocated.',
  })
  @Allow(WARD_EDITORS)
  async splitOrganisation(
    @Arg('input', () => SplitOrganisationInput, { description: 'Source, new organisations, allocations and date.' }) input: SplitOrganisationInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<SplitOrganisationResult> {
    const { command, note } = parseSplitOrganisation(input);
    const outcome = await ctx.services.tree.split(command, note);
    const createdIds = new Set(command.newOrganisations.map((org) => org.organisationId));
    return Object.assign(new SplitOrganisationResult(), {
      created: outcome.opened.filter((row) => createdIds.has(row.id)).map((row) => toOrganisation(row, command.effectiveDate)),
      closure: closures(outcome, ctx, note)[0],
      reparented: outcome.opened.filter((row) => !createdIds.has(row.id)).map((row) => toOrganisation(row, command.effectiveDate)),
      membersMoved: outcome.membersMoved,
    });
  }
}
