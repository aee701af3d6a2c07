import { AppError } from '@pdv/errors';
import { decodeCursor } from '@pdv/graphql';
import type { EntityManager } from '@pdv/persistence';
import type { OrganisationListQuery } from './organisation.parse';
import {
  countOrganisations,
  findHistory,
  findOrganisationRows,
  findTreeAsOf,
  findVersionsAsOf,
  listOrganisations,
  type OrganisationClosureView,
  type OrganisationHistoryRow,
  type OrganisationVersionView,
} from './organisation.queries';

export interface OrganisationPage {
  rows: OrganisationVersionView[];
  totalCount: number;
}

export interface TreeEntry {
  view: OrganisationVersionView;
  depth: number;
  children: TreeEntry[];
}

/** Reads of the tree. The tree's shape is not secret inside the ward: no row filtering. */
export class OrganisationReadService {
  constructor(private readonly em: EntityManager) {}

  async get(id: string, asOf: string): Promise<OrganisationVersionView | null> {
    const [view] = await findVersionsAsOf(this.em, [id], asOf);
    return view ?? null;
  }

  /** A page in Vietnamese name order; `limit` rows plus one to tell whether more follow. */
  async list(query: OrganisationListQuery, first: number, after: string | null): Promise<OrganisationPage> {
    const cursor = decodeCursor(after, 2);
    const keyset = cursor ? { nameSortKey: String(cursor[0]), id: String(cursor[1]) } : null;
    const [rows, totalCount] = await Promise.all([
      listOrganisations(this.em, query, first + 1, keyset),
      countOrganisations(this.em, query),
    ]);
    return { rows, totalCount };
  }

  /** The tree under `rootId` on `asOf`, built in memory from one recursive query; null when the root did not exist then. */
  async tree(rootId: string, asOf: string): Promise<TreeEntry | null> {
    const rows = await findTreeAsOf(this.em, rootId, asOf);
    const root = rows.find((row) => row.id === rootId);
    if (!root) return null;
    const entries = new Map<string, TreeEntry>(rows.map((row) => [row.id, { view: row, depth: row.depth, children: [] }]));
    // Rows come ordered by depth then name, so children are appended in name order.
    for (const row of rows) {
      if (row.id === rootId || row.parentId === null) continue;
      entries.get(row.parentId)?.children.push(entries.get(row.id) as TreeEntry);
    }
    return entries.get(rootId) ?? null;
  }

  async history(id: string): Promise<{ versions: OrganisationHistoryRow[]; closure: OrganisationClosureView | null }> {
    const [versions, [row]] = await Promise.all([findHistory(this.em, id), findOrganisationRows(this.em, [id])]);
    if (!row) throw AppError.notFound('Organisation', id);
    return { versions, closure: row.closedOn ? row : null };
  }
}
