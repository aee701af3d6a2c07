import { type Actor, probationaryNameRemoved } from '@pdv/contracts';
import { eventHandler } from '@pdv/messaging';
import type { EntityManager } from '@pdv/persistence';
import { todayInVietnam } from '@pdv/calendar';
import { lockOrganisationTreeShared } from '../common/tree-lock';
import type { AdmissionHandlerDeps } from './admission-outcome.deps';
import { lockAdmittedMember } from './admitted-member.lookup';
import { moveMembers } from './member-moves';

/** admission.probation.name-removed → a NAME_REMOVAL movement (checked by the movement rules). */
export function nameRemovedHandler(deps: AdmissionHandlerDeps) {
  return eventHandler(probationaryNameRemoved, async (envelope, { em, logger }) => {
    const data = envelope.data;
    await lockOrganisationTreeShared(em);
    const member = await lockAdmittedMember(em, data.memberId, data.candidateId);
    if (member.leftBy === 'NAME_REMOVAL') {
      logger.info({ memberId: member.id }, 'name already removed; nothing to do');
      return;
    }
    await removeAdmittedMember({ em, deps, actor: envelope.actor }, member.id, data.effectiveDate, 'Not recognised as official after probation (admission decision).');
    logger.info({ memberId: member.id }, 'name removed after probation');
  });
}

/** The admission service's removal of a member from the rolls: a NAME_REMOVAL movement of origin ADMISSION, checked by the movement rules. */
export async function removeAdmittedMember(ctx: { em: EntityManager; deps: AdmissionHandlerDeps; actor: Actor }, memberId: string, effectiveDate: string, note: string): Promise<void> {
  const { em, deps, actor } = ctx;
  await moveMembers({ em, events: deps.events, actor, today: todayInVietnam(deps.clock), now: deps.clock.now() }, [
    { memberId, kind: 'NAME_REMOVAL', effectiveDate, toOrganisationId: null, origin: 'ADMISSION', note },
  ]);
}
