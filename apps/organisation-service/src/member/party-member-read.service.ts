import type { MemberCounts, PartyMemberStatus } from '@pdv/organisation-domain';
import { decodeCursor } from '@pdv/graphql';
import { requireIdentity } from '@pdv/auth';
import { assertOrganisationAccessible, organisationRowsVisible, visibleOrganisationIds } from '../common/access';
import type { ServiceScope } from '../common/service-scope';
import type { OrganisationLoaders } from '../loaders';
import { findSubtreeIdsAsOf } from '../organisation/organisation.queries';
import { countMembers, listMembers, type PlacedMemberRow } from './member-list.queries';
import type { PartyMemberRow } from './party-member.entity';

export interface MemberListQuery {
  organisationId: string | null;
  status: PartyMemberStatus | null;
  asOf: string;
  includeSubtree: boolean;
  searchPattern: string | null;
}

export interface MemberPage {
  rows: PlacedMemberRow[];
  totalCount: number;
}

/** Reads of members; a cell secretary sees only members of cells in their subtree. */
export class PartyMemberReadService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly loaders: OrganisationLoaders,
  ) {}

  /**
   * The member, or null when there is none, and null too for a cell secretary when the member
   * is outside their part of the ward (the same answer, so ids cannot be probed).
   */
  async get(id: string): Promise<PartyMemberRow | null> {
    const row = await this.loaders.member.load(id);
    if (!row) return null;
    const identity = requireIdentity(this.scope.identity);
    if (identity.role === 'CELL_SECRETARY' && identity.scopeId && !(await organisationRowsVisible(identity, this.scope.scopes, row.cellId))) return null;
    await assertOrganisationAccessible(this.scope, row.cellId);
    return row;
  }

  async list(query: MemberListQuery, first: number, after: string | null): Promise<MemberPage> {
    const cursor = decodeCursor(after, 2);
    const keyset = cursor ? { nameSortKey: String(cursor[0]), id: String(cursor[1]) } : null;
    let organisationIds: string[] | null = null;
    if (query.organisationId !== null) {
      organisationIds = query.includeSubtree
        ? (await findSubtreeIdsAsOf(this.scope.em, [query.organisationId], query.asOf)).map((row) => row.id)
        : [query.organisationId];
    }
    const visible = await visibleOrganisationIds(this.scope);
    if (visible) organisationIds = (organisationIds ?? [...visible]).filter((id) => visible.has(id));
    const filter = { asOf: query.asOf, organisationIds, status: query.status, searchPattern: query.searchPattern };
    const [rows, totalCount] = await Promise.all([listMembers(this.scope.em, filter, first + 1, keyset), countMembers(this.scope.em, filter)]);
    return { rows, totalCount };
  }

  /** Counts on a date; FORBIDDEN for a scoped caller outside their subtree. */
  async counts(organisationId: string, asOf: string, includeSubtree: boolean): Promise<MemberCounts> {
    await assertOrganisationAccessible(this.scope, organisationId);
    return this.loaders.memberCounts(asOf, includeSubtree).load(organisationId);
  }
}
