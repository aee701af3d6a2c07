import DataLoader from 'dataloader';
import { createByIdLoader, createGroupLoader } from '@pdv/graphql';
import type { MemberCounts } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import { findExemptions } from './exemption/target-exemption.queries';
import type { TargetExemptionRow } from './exemption/target-exemption.entity';
import { countMembersAsOf } from './member/member-counts.queries';
import type { MemberCorrectionRow } from './member/member-correction.entity';
import type { MemberMovementRow } from './member/member-movement.entity';
import type { PartyMemberRow } from './member/party-member.entity';
import { findCorrections, findMembersByIds, findMovements } from './member/party-member.queries';
import {
  findChildrenAsOf,
  findOrganisationRows,
  findVersionsAsOf,
  type OrganisationClosureView,
  type OrganisationVersionView,
} from './organisation/organisation.queries';
import type { SupervisionAssignmentRow } from './supervision/supervision.entity';
import { findAssignments } from './supervision/supervision.queries';

/**
 * Per-request batch loaders: one query for many keys (reference resolvers, nested fields),
 * so a list of 100 organisations with their counts costs the same few queries as a list of 10.
 */
export interface OrganisationLoaders {
  /** Organisations as they were on `date`, by id. */
  organisationAsOf(date: string): DataLoader<string, OrganisationVersionView | null>;
  /** Organisations directly under each id on `date`. */
  childrenAsOf(date: string): DataLoader<string, OrganisationVersionView[]>;
  /** Organisation rows (creation and closure facts), by id. */
  organisationRow: DataLoader<string, OrganisationClosureView | null>;
  memberCounts(date: string, includeSubtree: boolean): DataLoader<string, MemberCounts>;
  exemptions(year: number, includeRevoked: boolean): DataLoader<string, TargetExemptionRow[]>;
  supervisorsAsOf(date: string): DataLoader<string, SupervisionAssignmentRow[]>;
  member: DataLoader<string, PartyMemberRow | null>;
  movements: DataLoader<string, MemberMovementRow[]>;
  corrections: DataLoader<string, MemberCorrectionRow[]>;
}

/** One loader per parameter value (a date, a year…), created on first use. */
function perParameter<TLoader>(create: (key: string) => TLoader): (key: string) => TLoader {
  const loaders = new Map<string, TLoader>();
  return (key) => {
    let loader = loaders.get(key);
    if (!loader) {
      loader = create(key);
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function createLoaders(em: EntityManager): OrganisationLoaders {
  const organisationAsOf = perParameter((date) => createByIdLoader((ids) => findVersionsAsOf(em, ids, date)));
  const childrenAsOf = perParameter((date) =>
    createGroupLoader<string, OrganisationVersionView>((ids) => findChildrenAsOf(em, ids, date), (row) => row.parentId as string),
  );
  const memberCounts = perParameter((key) => {
    const [date, subtree] = key.split('|');
    return new DataLoader<string, MemberCounts>(async (ids) => {
      const counts = await countMembersAsOf(em, ids, date, subtree === 'subtree');
      return ids.map((id) => counts.get(id) as MemberCounts);
    });
  });
  const exemptions = perParameter((key) => {
    const [year, revoked] = key.split('|');
    return createGroupLoader<string, TargetExemptionRow>(
      (ids) => findExemptions(em, { year: Number(year), organisationIds: ids, includeRevoked: revoked === 'all' }),
      (row) => row.organisationId,
    );
  });
  const supervisorsAsOf = perParameter((date) =>
    createGroupLoader<string, SupervisionAssignmentRow>(
      (ids) => findAssignments(em, { committeeMemberId: null, organisationIds: ids, asOf: date }),
      (row) => row.organisationId,
    ),
  );
  return {
    organisationAsOf,
    childrenAsOf,
    organisationRow: createByIdLoader((ids) => findOrganisationRows(em, ids)),
    memberCounts: (date, includeSubtree) => memberCounts(`${date}|${includeSubtree ? 'subtree' : 'own'}`),
    exemptions: (year, includeRevoked) => exemptions(`${year}|${includeRevoked ? 'all' : 'in-force'}`),
    supervisorsAsOf,
    member: createByIdLoader((ids) => findMembersByIds(em, ids)),
    movements: createGroupLoader<string, MemberMovementRow>((ids) => findMovements(em, ids), (row) => row.memberId),
    corrections: createGroupLoader<string, MemberCorrectionRow>((ids) => findCorrections(em, ids), (row) => row.memberId),
  };
}
