import { type Actor, enrolmentReleased } from '@pdv/contracts';
import type { EventRecorder } from '@pdv/messaging';
import type { EntityManager } from '@pdv/persistence';
import { EnrolmentEntity } from './enrolment.entity';

export type ReleaseCause = 'COURSE_CANCELLED' | 'CANDIDATE_WITHDRAWN';

/**
 * Ends every open nomination and place of a course (cancelled) or of a candidate (withdrawn
 * from the pipeline) inside `tx`, each with its event. Returns how many; a repeat finds none.
 */
export async function releaseOpenEnrolments(
  tx: EntityManager,
  events: EventRecorder,
  which: { courseId: string } | { candidateId: string },
  release: { cause: ReleaseCause; reason: string; actor: Actor; at: Date },
): Promise<number> {
  const open = await tx.find(EnrolmentEntity, { ...which, status: { $in: ['NOMINATED', 'APPROVED'] } });
  for (const enrolment of open) {
    Object.assign(enrolment, { status: 'RELEASED', decisionReason: release.reason, decidedAt: release.at, decidedBy: release.actor.id, updatedAt: release.at });
    events.recordEvent(tx, enrolmentReleased, {
      aggregateId: enrolment.id,
      actor: release.actor,
      data: {
        enrolmentId: enrolment.id,
        courseId: enrolment.courseId,
        courseKind: enrolment.courseKind,
        candidateId: enrolment.candidateId,
        memberId: enrolment.memberId,
        cause: release.cause,
      },
    });
  }
  await tx.flush();
  return open.length;
}
