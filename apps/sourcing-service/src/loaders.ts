import type DataLoader from 'dataloader';
import type { Identity } from '@pdv/auth';
import { createByIdLoader, createGroupLoader } from '@pdv/graphql';
import type { EntityManager } from '@pdv/persistence';
import type { CandidateReviewRow, CandidateRow, CandidateStageRow } from './candidate/candidate.entity';
import { findCandidatesCreatedByOwnOrganisation, findReviews, findStages, findVisibleCandidates } from './candidate/candidate.queries';
import type { MassOrganisationRow } from './mass-organisation/mass-organisation.entity';
import { findMassOrganisationsByIds } from './mass-organisation/mass-organisation.queries';
import type { MentorAssignmentRow } from './mentor/mentor.entity';
import { findMentorsOfCandidates } from './mentor/mentor.service';
import { type ReferralStatsRow, referralStatsOf } from './organisation/organisation.queries';
import type { ReferralRow } from './referral/referral.entity';
import { findVisibleReferralsOfCandidates } from './referral/referral.queries';

/** Per-request batch loaders: one query for many ids (references, nested fields). */
export interface SourcingLoaders {
  /** Candidates the caller may see, by id (null when not visible). */
  candidate: DataLoader<string, CandidateRow | null>;
  /** Mass-organisation staff: the candidate's record was created by their own organisation (non-null); null otherwise and for every other role. */
  createdByOwnOrganisation: DataLoader<string, { id: string } | null>;
  massOrganisation: DataLoader<string, MassOrganisationRow | null>;
  /** Referrals of a candidate the caller may see. */
  referralsOfCandidate: DataLoader<string, ReferralRow[], string>;
  mentorsOfCandidate: DataLoader<string, MentorAssignmentRow[], string>;
  stagesOfCandidate: DataLoader<string, CandidateStageRow[], string>;
  reviewsOfCandidate: DataLoader<string, CandidateReviewRow[], string>;
  /** Referral counts of an organisation's subtree in a year. */
  referralStats: DataLoader<{ organisationId: string; year: number }, ReferralStatsRow[], string>;
}

export function createLoaders(em: EntityManager, identity: Identity | null): SourcingLoaders {
  const visibleTo = (run: (who: Identity) => Promise<CandidateRow[]>) => (identity ? run(identity) : Promise.resolve([]));
  return {
    candidate: createByIdLoader((ids) => visibleTo((who) => findVisibleCandidates(em, who, ids))),
    createdByOwnOrganisation: createByIdLoader((ids) => (identity ? findCandidatesCreatedByOwnOrganisation(em, identity, ids) : Promise.resolve([]))),
    massOrganisation: createByIdLoader((ids) => findMassOrganisationsByIds(em, ids)),
    referralsOfCandidate: createGroupLoader(
      (ids) => (identity ? findVisibleReferralsOfCandidates(em, identity, ids) : Promise.resolve([])),
      (row) => row.candidateId,
    ),
    mentorsOfCandidate: createGroupLoader((ids) => findMentorsOfCandidates(em, ids), (row) => row.candidateId),
    stagesOfCandidate: createGroupLoader((ids) => findStages(em, ids), (row) => row.candidateId),
    reviewsOfCandidate: createGroupLoader((ids) => findReviews(em, ids), (row) => row.candidateId),
    referralStats: createGroupLoader(
      (keys) => referralStatsOf(em, keys),
      (row) => ({ organisationId: row.organisationId, year: row.year }),
      (key) => `${key.organisationId}|${key.year}`,
    ),
  };
}
