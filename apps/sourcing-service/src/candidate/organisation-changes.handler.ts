import { SYSTEM_ACTOR } from '@pdv/contracts';
import type { OrganisationReadModelHooks } from '@pdv/organisation-read-model';
import type { SourcingDeps } from '../common/service-scope';
import { MENTOR_RELEASE_REASONS, releaseOpenMentors } from './candidate-stage.writer';
import { followCellClosure } from './cell-change.writer';

/** What this service does to candidates when the organisation read model changes. */
export function candidateReactionsToOrganisationChanges(deps: SourcingDeps): OrganisationReadModelHooks {
  return {
    // The closed cell's candidates follow a merge, or wait for a person to choose their cell.
    async organisationClosed(closure, at, { em, logger }) {
      const result = await followCellClosure(em, deps, closure, at);
      if (result.moved + result.marked > 0) {
        logger.info({ organisationId: closure.organisationId, reason: closure.reason, ...result }, 'candidates of a closed cell handled');
      }
    },
    // A member who left the ward's party, or is no longer in the cell the candidate is in now,
    // can no longer mentor them. Compared with the candidate's current cell, not the cell of
    // the assignment: after a merge the candidate may already be where the member goes.
    async memberChanged(member, at, { em }) {
      const stale = await em.execute<{ candidate_id: string }[]>(
        `select ma.candidate_id from mentor_assignment ma join candidate c on c.id = ma.candidate_id
          where ma.member_id = ?::uuid and ma.released_on is null and (not ?::boolean or c.cell_id is distinct from ?::uuid)`,
        [member.memberId, member.active, member.organisationId],
      );
      const reason = member.active ? MENTOR_RELEASE_REASONS.memberMoved : MENTOR_RELEASE_REASONS.memberLeft;
      for (const { candidate_id: candidateId } of stale) {
        await releaseOpenMentors(em, deps, candidateId, reason, SYSTEM_ACTOR, at, member.memberId);
      }
    },
  };
}
