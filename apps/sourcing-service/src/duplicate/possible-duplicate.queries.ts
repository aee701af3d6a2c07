import { chunks, executeBound, pgArray } from '@pdv/persistence';
import type { EntityManager } from '@pdv/persistence';
import type { SourcingDeps } from '../common/service-scope';

export interface FlaggedPair {
  /** The newer record. */
  candidateId: string;
  /** The earlier record it resembles. */
  otherCandidateId: string;
}

/** Records pairs for a person to check; a pair already flagged is left as it is. */
export async function flagPossibleDuplicates(
  tx: EntityManager,
  deps: Pick<SourcingDeps, 'newId'>,
  pairs: readonly FlaggedPair[],
  at: Date,
): Promise<void> {
  for (const part of chunks(pairs, 5_000)) {
    await executeBound(tx, 
      `insert into possible_duplicate (id, candidate_id, other_candidate_id, status, flagged_at)
       select id, candidate_id, other_candidate_id, 'OPEN', ?::timestamptz
         from unnest(?::uuid[], ?::uuid[], ?::uuid[]) as t(id, candidate_id, other_candidate_id)
       on conflict (candidate_id, other_candidate_id) do nothing`,
      [
        at.toISOString(),
        pgArray(part.map(() => deps.newId())),
        pgArray(part.map((pair) => pair.candidateId)),
        pgArray(part.map((pair) => pair.otherCandidateId)),
      ],
    );
  }
}
