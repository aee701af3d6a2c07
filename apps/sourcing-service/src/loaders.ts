import DataLoader from 'dataloader';
import type { Identity } from '@pdv/auth';
import { createByIdLoader, createGroupLoader } from '@pdv/graphql';
import type { EntityManager } from '@pdv/persistence';
import type { CandidateReviewRow, CandidateRow, CandidateStageRow } from './candidate/candidate.entity';
import { type CandidatePage, findCandidatesCreatedByOwnOrganisation, findReviews, findStages, findVisibleCandidates } from './candidate/candidate.queries';
import type { MassOrganisationRow } from './mass-organisation/mass-organisation.entity';
import { findActiveBranchesOf, findMassOrganisationsByIds } from './mass-organisation/mass-organisation.queries';
import type { MentorAssignmentRow } from './mentor/mentor.entity';
import { findMentorsOfCandidates } from './mentor/mentor.service';
import { candidatePagesOf, type OrganisationCandidatesKey, type ReferralStatsRow, referralStatsOf } from './organisation/organisation.queries';
import type { QuotaService, QuotaWithAttainment } from './quota/quota.service';
import type { ReferralRow } from './referral/referral.entity';
import { findVisibleReferralsOfCandidates } from './referral/referral.queries';

/** Per-request batch loaders: one query for many ids (references, nested fields). */
export interface SourcingLoaders {
  /** Candidates the caller may see, by id (null when not visible). */
  candidate: DataLoader<string, CandidateRow | null>;
  /** Mass-organisation staff: the candidate's record was created by their own organisation (non-null); null otherwise and for every other role. */
  createdByOwnOrganisation: DataLoader<string, { id: string } | null>;
  massOrganisation: DataLoader<string, MassOrganisationRow | null>;
  /** The active branches of a unit (MassOrganisation.branches). */
  branchesOfMassOrganisation: DataLoader<string, MassOrganisationRow[], string>;
  /** Every quota of a year the caller may see, with attainment (MassOrganisation.quota picks its own): one read per year asked, not per unit. */
  quotasOfYear: DataLoader<number, QuotaWithAttainment[]>;
  /** Referrals of a candidate the caller may see. */
  referralsOfCandidate: DataLoader<string, ReferralRow[], string>;
  mentorsOfCandidate: DataLoader<string, MentorAssignmentRow[], string>;
  stagesOfCandidate: DataLoader<string, CandidateStageRow[], string>;
  reviewsOfCandidate: DataLoader<string, CandidateReviewRow[], string>;
  /** A page of the candidates of an organisation's subtree the caller may see (Organisation.candidates). */
  candidatesOfOrganisation: DataLoader<OrganisationCandidatesKey, CandidatePage, string>;
  /** Referral counts of an organisation's subtree in a year. */
  referralStats: DataLoader<{ organisationId: string; year: number }, ReferralStatsRow[], string>;
}

/** The request's services the loaders answer through (they act for the request's caller). */
export interface LoaderServices {
  quotas: QuotaService;
}

export function createLoaders(em: EntityManager, identity: Identity | null, services: LoaderServices): SourcingLoaders {
  const visibleTo = (run: (who: Identity) => Promise<CandidateRow[]>) => (identity ? run(identity) : Promise.resolve([]));
  return {
    candidate: createByIdLoader((ids) => visibleTo((who) => findVisibleCandidates(em, who, ids))),
    createdByOwnOrganisation: createByIdLoader((ids) => (identity ? findCandidatesCreatedByOwnOrganisation(em, identity, ids) : Promise.resolve([]))),
    massOrganisation: createByIdLoader((ids) => findMassOrganisationsByIds(em, ids)),
    branchesOfMassOrganisation: createGroupLoader(
      (ids) => findActiveBranchesOf(em, ids),
      (row) => row.parentId ?? '',
    ),
    quotasOfYear: new DataLoader<number, QuotaWithAttainment[]>((years) =>
      Promise.all(years.map((year) => (identity ? services.quotas.list({ year }) : Promise.resolve([])))),
    ),
    referralsOfCandidate: createGroupLoader(
      (ids) => (identity ? findVisibleReferralsOfCandidates(em, identity, ids) : Promise.resolve([])),
      (row) => row.candidateId,
    ),
    mentorsOfCandidate: createGroupLoader((ids) => findMentorsOfCandidates(em, ids), (row) => row.candidateId),
    stagesOfCandidate: createGroupLoader((ids) => findStages(em, ids), (row) => row.candidateId),
    reviewsOfCandidate: createGroupLoader((ids) => findReviews(em, ids), (row) => row.candidateId),
    candidatesOfOrganisation: new DataLoader<OrganisationCandidatesKey, CandidatePage, string>(
      (keys) => (identity ? candidatePagesOf(em, identity, keys) : Promise.resolve(keys.map(() => ({ rows: [], totalCount: 0 })))),
      { cacheKeyFn: (key) => JSON.stringify([key.organisationId, key.status, key.first, key.after]) },
    ),
    referralStats: createGroupLoader(
      (keys) => referralStatsOf(em, keys),
      (row) => ({ organisationId: row.organisationId, year: row.year }),
      (key) => `${key.organisationId}|${key.year}`,
    ),
  };
}
