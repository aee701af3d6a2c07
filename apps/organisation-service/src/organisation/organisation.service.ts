import { todayInVietnam } from '@pdv/calendar';
import type {
  CloseOrganisationInput,
  MemberPlacement,
  MergeOrganisationsInput,
  MoveOrganisationInput,
  OrganisationPlan,
  OrganisationPolicy,
  OrganisationVersion,
  RegisterOrganisationInput,
  ReviseOrganisationInput,
} from '@pdv/organisation-domain';
import {
  planCloseOrganisation,
  planMergeOrganisations,
  planMoveOrganisation,
  planRegisterOrganisation,
  planReviseOrganisation,
  planSplitOrganisation,
} from '@pdv/organisation-domain';
import { vietnameseStringKey } from '@pdv/vn-identity';
import { recorderOf, type ServiceScope } from '../common/service-scope';
import { lockOrganisationTree } from '../common/tree-lock';
import { moveMembers } from '../member/member-moves';
import { findPlacementsFrom } from '../member/party-member.queries';
import { loadPolicy } from '../policy/organisation-policy.queries';
import { organisationPlanEvents, recordOrganisationEvents } from './organisation.events';
import type { SplitCommand } from './organisation.parse';
import { loadAllVersions, type OrganisationVersionView } from './organisation.queries';
import { type PlanChangeKinds, writeOrganisationPlan } from './organisation-plan.writer';

/** What a tree change returns: the rows it opened and the closures it recorded. */
export interface TreeChangeOutcome {
  opened: OrganisationVersionView[];
  closed: OrganisationPlan['closed'];
  /** For each closed organisation: its version in force on its last day. */
  lastVersions: OrganisationVersionView[];
  membersMoved: number;
  /** When the change was recorded. */
  at: Date;
}

interface PlanningContext {
  versions: OrganisationVersion[];
  today: string;
  policy: OrganisationPolicy;
  /** The members placed (from the effective date on) in the organisations the change concerns. */
  memberPlacements: MemberPlacement[];
}

/** The members a change needs to know about: those of these organisations, from this date. */
interface PlacementQuery {
  organisationIds: readonly string[];
  date: string;
}

export function versionView(version: OrganisationVersion): OrganisationVersionView {
  return {
    id: version.organisationId,
    code: version.code,
    name: version.name,
    kind: version.kind,
    sector: version.sector,
    parentId: version.parentId,
    validFrom: version.validFrom,
    validTo: version.validTo,
    nameSortKey: vietnameseStringKey(version.name),
  };
}

/**
 * Changes to the organisation tree. Each runs in one transaction, serialised with every
 * other tree change: load the whole history, let the domain plan the change (every rule is
 * checked there), write the plan, re-place members, and record the events in the outbox.
 */
export class OrganisationTreeService {
  constructor(private readonly scope: ServiceScope) {}

  register(command: RegisterOrganisationInput, note: string): Promise<TreeChangeOutcome> {
    return this.change(note, { created: 'REGISTERED', changed: 'REGISTERED' }, null, (ctx) => planRegisterOrganisation(command, ctx));
  }

  revise(command: ReviseOrganisationInput, note: string): Promise<TreeChangeOutcome> {
    const members = { organisationIds: [command.organisationId], date: command.effectiveDate };
    return this.change(note, { created: 'REVISED', changed: 'REVISED' }, members, (ctx) => planReviseOrganisation(command, ctx));
  }

  move(command: MoveOrganisationInput, note: string): Promise<TreeChangeOutcome> {
    return this.change(note, { created: 'MOVED', changed: 'MOVED' }, null, (ctx) => planMoveOrganisation(command, ctx));
  }

  close(command: CloseOrganisationInput, note: string): Promise<TreeChangeOutcome> {
    const members = { organisationIds: [command.organisationId], date: command.effectiveDate };
    // A closure opens no version, so the change kinds are never written.
    return this.change(note, { created: 'REGISTERED', changed: 'REGISTERED' }, members, (ctx) => planCloseOrganisation(command, ctx));
  }

  merge(command: MergeOrganisationsInput, note: string): Promise<TreeChangeOutcome> {
    const members = { organisationIds: command.sourceIds, date: command.effectiveDate };
    return this.change(note, { created: 'CREATED_BY_MERGE', changed: 'REPARENTED_BY_MERGE' }, members, (ctx) =>
      planMergeOrganisations(command, ctx),
    );
  }

  split(command: SplitCommand, note: string): Promise<TreeChangeOutcome> {
    const members = { organisationIds: [command.sourceId], date: command.effectiveDate };
    return this.change(note, { created: 'CREATED_BY_SPLIT', changed: 'REPARENTED_BY_SPLIT' }, members, (ctx) =>
      planSplitOrganisation(command, ctx),
    );
  }

  private async change(
    note: string,
    kinds: PlanChangeKinds,
    members: PlacementQuery | null,
    plan: (ctx: PlanningContext) => OrganisationPlan,
  ): Promise<TreeChangeOutcome> {
    const { clock, actor, events } = this.scope;
    return this.scope.em.transactional(async (em) => {
      await lockOrganisationTree(em);
      const today = todayInVietnam(clock);
      const now = clock.now();
      // Sequential: a transaction has one connection, which runs one query at a time.
      const versions = await loadAllVersions(em);
      const policy = await loadPolicy(em);
      const ids = members?.organisationIds ?? [];
      const memberPlacements = members && ids.length > 0 ? await findPlacementsFrom(em, ids, members.date) : [];
      const result = plan({ versions, today, policy, memberPlacements });

      await writeOrganisationPlan(em, versions, result, { kinds, recorder: recorderOf(actor), now, note });
      const planned = organisationPlanEvents(versions, result);
      recordOrganisationEvents(events, em, actor, planned.filter((event) => event.kind !== 'closed'));
      const moved = await moveMembers(
        { em, events, actor, today, now },
        result.memberMoves.map((move) => ({
          memberId: move.memberId,
          kind: 'INTERNAL_TRANSFER' as const,
          effectiveDate: move.effectiveDate,
          toOrganisationId: move.toOrganisationId,
          origin: kinds.created === 'CREATED_BY_SPLIT' ? ('SPLIT' as const) : ('MERGE' as const),
          note,
        })),
      );
      // Closures last: a read model sees members and children leave before their home closes.
      recordOrganisationEvents(events, em, actor, planned.filter((event) => event.kind === 'closed'));

      const lastVersions = result.closed.flatMap((closed) => {
        const closure = result.close.find((c) => c.organisationId === closed.organisationId);
        const last = closure && versions.find((v) => v.organisationId === closure.organisationId && v.validFrom === closure.validFrom);
        return last && closure ? [versionView({ ...last, validTo: closure.validTo })] : [];
      });
      return { opened: result.open.map(versionView), closed: result.closed, lastVersions, membersMoved: moved.length, at: now };
    });
  }
}
