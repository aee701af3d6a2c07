import { AppError } from '@pdv/errors';
import { assertCellForMembers } from '@pdv/organisation-domain';
import { assertOrganisationAccessible } from '../common/access';
import { type ServiceScope } from '../common/service-scope';
import { todayOf } from '../common/today';
import { lockOrganisationTreeShared } from '../common/tree-lock';
import { loadAllVersions } from '../organisation/organisation.queries';
import { type AppliedMovement, moveMembers } from './member-moves';
import type { MovementCommand } from './party-member.parse';
import { findMembersByIds } from './party-member.queries';

/**
 * Movements recorded by a person: the member's cell must be in the caller's scope, and so
 * must the destination of a transfer (a cell secretary cannot place members in another
 * subtree). The domain's state machine decides whether the movement is possible.
 */
export class MemberMovementService {
  constructor(private readonly scope: ServiceScope) {}

  async record(command: MovementCommand): Promise<AppliedMovement> {
    return this.scope.em.transactional(async (em) => {
      await lockOrganisationTreeShared(em);
      // Locked before the scope check, so the cell checked is the one the movement applies to
      // (a concurrent movement cannot take the member elsewhere in between).
      const [member] = await findMembersByIds(em, [command.memberId], { forUpdate: true });
      if (!member) throw AppError.notFound('Party member', command.memberId);
      // A returning member's last cell may be anywhere: only where they arrive matters.
      if (command.kind !== 'TRANSFER_IN') await assertOrganisationAccessible(this.scope, member.cellId);
      if (command.toOrganisationId !== null) {
        await assertOrganisationAccessible(this.scope, command.toOrganisationId);
        assertCellForMembers(await loadAllVersions(em), command.toOrganisationId, command.effectiveDate);
      }
      const [applied] = await moveMembers(
        { em, events: this.scope.events, actor: this.scope.actor, today: todayOf(this.scope.clock), now: this.scope.clock.now() },
        [{ ...command, origin: 'REQUEST' }],
      );
      return applied;
    });
  }
}
