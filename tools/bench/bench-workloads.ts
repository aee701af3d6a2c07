import type { BenchIdentity } from './bench-capture';
import { seededRandom, shuffled } from './bench-plan';

// What the workloads of issue 7 send to a gateway. The subgraph target is not written here:
// it replays what the gateway itself sent for these requests (bench-capture.ts).

export const WARD_DASHBOARD = `query WardDashboard($first: Int!, $after: String, $filter: OrganisationFilter, $year: Int!) {
  organisations(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id code name kind parentId
      memberCounts { official probationary total }
      referralStats(year: $year) { referrals people accepted nurturedNow admitted }
      candidates(first: 5) { totalCount } } }
  }
}`;

export const ORGANISATION_CARD = `query OrganisationCard($id: ID!, $asOf: LocalDate) {
  organisation(id: $id, asOf: $asOf) { id code name kind parentId memberCounts { official probationary total } }
}`;

/** One organisation as the discovery listing saw it. */
export interface KnownOrganisation {
  id: string;
  kind: string;
  parentId: string | null;
  validFrom: string;
}

/** One request a gateway receives: the body, and whose token it carries. */
export interface GatewayRequest {
  body: { operationName: string; query: string; variables: Record<string, unknown> };
  user: number;
}

/**
 * A workload's requests: the distinct ones, and the order they are sent in (indexes into
 * `distinct`; W4 repeats a few of them, the others send each once per cycle).
 */
export interface WorkloadRequests {
  distinct: GatewayRequest[];
  sequence: number[];
}

const READER_ROLES: [string, number][] = [
  ['PARTY_BUILDING_BOARD', 4],
  ['WARD_STANDING_COMMITTEE', 3],
  ['COMMITTEE_MEMBER', 3],
  ['AUDITOR', 2],
];
const CELL_SECRETARIES = 8;

/**
 * The 20 users of the varied workloads: everyone allowed to read the dashboard — ward-wide
 * readers of each role, and cell secretaries of different subtrees (grassroots committees
 * first, then cells). User 0 is a board member: the single token of W1, W3 and W4.
 */
export function benchUsers(organisations: readonly KnownOrganisation[], seed: number): BenchIdentity[] {
  const random = seededRandom(seed);
  const committees = shuffled(
    organisations.filter((organisation) => organisation.kind === 'GRASSROOTS_COMMITTEE'),
    random,
  );
  const cells = shuffled(
    organisations.filter((organisation) => organisation.kind === 'GRASSROOTS_CELL' || organisation.kind === 'PARTY_CELL'),
    random,
  );
  const scopes = [...committees.slice(0, CELL_SECRETARIES / 2), ...cells].slice(0, CELL_SECRETARIES);
  const readers = READER_ROLES.flatMap(([role, count]) =>
    Array.from({ length: count }, (_, n): BenchIdentity => ({ userId: `bench-${role.toLowerCase().replace(/_/g, '-')}-${n + 1}`, role, scopeId: null })),
  );
  const secretaries = scopes.map((scope, n) => ({ userId: `bench-cell-secretary-${n + 1}`, role: 'CELL_SECRETARY', scopeId: scope.id }));
  return [...readers, ...secretaries];
}

function dashboard(variables: Record<string, unknown>, user: number): GatewayRequest {
  return { body: { operationName: 'WardDashboard', query: WARD_DASHBOARD, variables }, user };
}

function card(id: string, asOf: string): GatewayRequest {
  return { body: { operationName: 'OrganisationCard', query: ORGANISATION_CARD, variables: { id, asOf } }, user: 0 };
}

/** W1: the same dashboard page for the same board member, over and over. */
export function identicalDashboard(year: number): WorkloadRequests {
  return { distinct: [dashboard({ first: 50, year }, 0)], sequence: [0] };
}

/** A W2 combination before its cursor is known: `page` 2 needs page 1's endCursor. */
export interface DashboardCombination {
  user: number;
  first: number;
  filter: Record<string, unknown> | null;
  year: number;
  page: 1 | 2;
}

export const VARIED_COMBINATIONS = 415;

/**
 * W2: 415 distinct combinations of the 20 users and the dashboard's variables (page sizes,
 * filters, years, first or second page), chosen by seed from every possible combination.
 * A cell secretary's filters stay inside their subtree, where their dashboard lives.
 */
export function variedDashboardCombinations(users: readonly BenchIdentity[], organisations: readonly KnownOrganisation[], year: number, seed: number): DashboardCombination[] {
  const committee = organisations.find((organisation) => organisation.kind === 'GRASSROOTS_COMMITTEE') ?? organisations[0];
  const wardFilters: (Record<string, unknown> | null)[] = [null, { kind: 'PARTY_CELL' }, { kind: 'GRASSROOTS_COMMITTEE' }, { parentId: committee?.id ?? null }, { search: 'chi' }];
  // A cell secretary's dashboard lists their own subtree (the ward-wide list is refused to them).
  const subtreeFilters = (scopeId: string): Record<string, unknown>[] => [{ parentId: scopeId }, { parentId: scopeId, kind: 'PARTY_CELL' }, { parentId: scopeId, search: 'chi' }];
  const all: DashboardCombination[] = [];
  users.forEach((identity, user) => {
    const filters = identity.scopeId ? subtreeFilters(identity.scopeId) : wardFilters;
    for (const first of [10, 20, 50, 100]) {
      for (const filter of filters) {
        for (const comboYear of [year - 1, year]) {
          for (const page of [1, 2] as const) all.push({ user, first, filter, year: comboYear, page });
        }
      }
    }
  });
  return shuffled(all, seededRandom(seed)).slice(0, VARIED_COMBINATIONS);
}

export function dashboardRequest(combination: DashboardCombination, after: string | null): GatewayRequest {
  const variables: Record<string, unknown> = { first: combination.first, year: combination.year };
  if (combination.filter) variables.filter = combination.filter;
  if (after !== null) variables.after = after;
  return dashboard(variables, combination.user);
}

const CARD_REQUESTS = 2_000;
const REPEATED_CARDS = 10;

/** `day` minus `days` days, as YYYY-MM-DD. */
export function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * W3: 2,000 distinct organisation cards — up to 400 organisations, each on consecutive days
 * back from `asOf` (never before the organisation existed), shuffled so neighbours differ.
 */
export function distinctCards(organisations: readonly KnownOrganisation[], asOf: string, seed: number): WorkloadRequests {
  const chosen = shuffled(organisations, seededRandom(seed)).slice(0, 400);
  const perOrganisation = Math.ceil(CARD_REQUESTS / Math.max(1, chosen.length));
  const distinct: GatewayRequest[] = [];
  for (const organisation of chosen) {
    for (let day = 0; day < perOrganisation && distinct.length < CARD_REQUESTS; day++) {
      const date = daysBefore(asOf, day);
      if (date >= organisation.validFrom) distinct.push(card(organisation.id, date));
    }
  }
  const ordered = shuffled(distinct, seededRandom(seed + 1));
  return { distinct: ordered, sequence: ordered.map((_, index) => index) };
}

/** W4: ten of W3's cards, each sent many times, so concurrent requests often ask the same. */
export function repeatedCards(cards: WorkloadRequests, seed: number): WorkloadRequests {
  const distinct = cards.distinct.slice(0, REPEATED_CARDS);
  const random = seededRandom(seed + 2);
  const sequence = Array.from({ length: CARD_REQUESTS }, () => Math.floor(random() * distinct.length));
  return { distinct, sequence };
}
