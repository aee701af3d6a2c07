import { EventRecorder } from '@pdv/messaging';
import {
  countMembersOn,
  descendantIdsAsOf,
  type MemberWithPeriods,
  placementPeriods,
  type PartyMemberRecord,
} from '@pdv/organisation-domain';
import { normaliseFullName, vietnameseSortKey } from '@pdv/vn-identity';
import { countMembersAsOf } from '../src/member/member-counts.queries';
import { toDomainMovement, toMemberRecord } from '../src/member/member-record';
import { findMembersByIds, findMovements } from '../src/member/party-member.queries';
import { loadAllVersions } from '../src/organisation/organisation.queries';
import { type DemoWard, generateDemoWard } from '../src/seed/demo-ward';
import { loadDemoWard } from '../src/seed/demo-ward.loader';
import { auditor, board } from './support/fixtures';
import { eventually, type Harness, startHarness } from './support/harness';

const TODAY = '2026-07-15';

describe('the demo ward', () => {
  let h: Harness;
  let ward: DemoWard;

  const seed = () =>
    loadDemoWard(h.service.orm.em.fork(), ward, {
      events: new EventRecorder({ source: 'organisation-service', ns: h.ns }),
      today: TODAY,
      now: new Date(),
    });
  const tableCounts = async () =>
    (
      await h.sql<Record<string, string>>(`select
        (select count(*) from organisation) as organisations, (select count(*) from organisation_version) as versions,
        (select count(*) from party_member) as members, (select count(*) from member_movement) as movements,
        (select count(*) from member_placement) as placements, (select count(*) from target_exemption) as exemptions,
        (select count(*) from supervision_assignment) as assignments, (select count(*) from outbox_event) as outbox`)
    )[0];

  beforeAll(async () => {
    h = await startHarness('demo ward', { today: TODAY });
    ward = generateDemoWard();
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('loads idempotently: the second run adds nothing and records no event', async () => {
    const started = Date.now();
    const first = await seed();
    const elapsed = Date.now() - started;
    expect(first).toEqual({
      organisations: ward.organisations.length,
      members: ward.members.length,
      movements: ward.movements.length,
      exemptions: ward.exemptions.length,
      supervisionAssignments: ward.supervisionAssignments.length,
      // + 1: the plan term, announced when a ward is loaded into an empty tree.
      events: ward.organisations.length + ward.members.length + ward.exemptions.length + ward.supervisionAssignments.length + 1,
    });
    expect(elapsed).toBeLessThan(10_000);
    const after = await tableCounts();
    expect(await seed()).toEqual({ organisations: 0, members: 0, movements: 0, exemptions: 0, supervisionAssignments: 0, events: 0 });
    expect(await tableCounts()).toEqual(after);
  });

  it('publishes the ward through the outbox, once, with no personal data', async () => {
    const expected = ward.organisations.length + ward.members.length + ward.exemptions.length + ward.supervisionAssignments.length + 1;
    const events = await eventually(async () => {
      const all = await h.streamEvents('ORGANISATION');
      return all.length >= expected ? all : undefined;
    }, 20_000);
    expect(events).toHaveLength(expected);
    expect(new Set(events.map((event) => event.id)).size).toBe(expected);
    expect(events.filter((event) => event.type === 'organisation.plan-term.set')).toEqual([
      expect.objectContaining({ data: { firstYear: 2025, lastYear: 2030 } }),
    ]);
    // Names and national ID numbers as values; dates of birth by key (as values they coincide
    // with other members' admission dates, which events do carry).
    const personal = new Set(ward.members.flatMap((member) => [normaliseFullName(member.fullName as string), member.fullName, member.nationalId]));
    const leaks = events.flatMap((event) =>
      Object.entries(event.data as Record<string, unknown>)
        .filter(([key, value]) => ['fullName', 'nationalId', 'dateOfBirth', 'gender'].includes(key) || (typeof value === 'string' && personal.has(value)))
        .map(([key]) => `${event.type}.${key}`),
    );
    expect(leaks).toEqual([]);
  });

  it('counts members in SQL exactly as the domain’s reference does, for every organisation and several dates', async () => {
    const movementsOf = new Map<string, typeof ward.movements>();
    for (const movement of ward.movements) movementsOf.set(movement.memberId, [...(movementsOf.get(movement.memberId) ?? []), movement]);
    const reference: MemberWithPeriods[] = ward.members.map((member: PartyMemberRecord) => ({
      member,
      periods: placementPeriods(member, movementsOf.get(member.memberId) ?? []),
    }));
    const ids = ward.organisations.map((org) => org.organisationId);
    const em = h.service.orm.em.fork();
    let compared = 0;
    for (const date of ['2025-06-30', '2025-07-01', '2025-10-15', '2026-01-01', '2026-04-30', '2026-06-30', TODAY]) {
      for (const includeSubtree of [false, true]) {
        const sql = await countMembersAsOf(em, ids, date, includeSubtree);
        for (const id of ids) {
          const scope = includeSubtree ? descendantIdsAsOf(ward.organisations, id, date, { includeSelf: true }) : [id];
          expect({ id, date, includeSubtree, ...sql.get(id) }).toEqual({ id, date, includeSubtree, ...countMembersOn(reference, scope, date) });
          compared += 1;
        }
      }
    }
    expect(compared).toBe(7 * 2 * ward.organisations.length);
    const wardTotal = countMembersOn(reference, descendantIdsAsOf(ward.organisations, ward.wardCommitteeId, TODAY, { includeSelf: true }), TODAY);
    expect(wardTotal.total).toBeGreaterThan(2_900);
    const api = await h.gql<{ memberCounts: Record<string, number> }>(
      auditor,
      `query($id: ID!) { memberCounts(organisationId: $id, includeSubtree: true) { official probationary total officialVoteBase } }`,
      { id: ward.wardCommitteeId },
    );
    expect(api.data?.memberCounts).toEqual(wardTotal);
  });

  it('still agrees with the reference after a merge re-placed members, on dates before and after it', async () => {
    const cells = ward.organisations.filter((org) => org.code === 'DD.KDC01' || org.code === 'DD.KDC02');
    const merged = await h.gql<{ mergeOrganisations: { membersMoved: number } }>(
      board,
      `mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) { membersMoved } }`,
      { input: { sourceIds: [cells[1].organisationId], targetId: cells[0].organisationId, effectiveDate: '2026-07-01', reason: 'Sáp nhập tổ dân phố' } },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeOrganisations.membersMoved).toBeGreaterThan(0);

    // The reference, rebuilt from what the database now holds (records and movements).
    const em = h.service.orm.em.fork();
    const versions = await loadAllVersions(em);
    const rows = await h.sql<{ id: string }>('select id from party_member');
    const members = await findMembersByIds(em, rows.map((row) => row.id));
    const movements = (await findMovements(em, rows.map((row) => row.id))).map(toDomainMovement);
    const reference: MemberWithPeriods[] = members.map((row) => {
      const record = toMemberRecord(row);
      return { member: record, periods: placementPeriods(record, movements.filter((m) => m.memberId === row.id)) };
    });
    const ids = [...new Set(versions.map((v) => v.organisationId))];
    for (const date of ['2026-06-30', '2026-07-01', TODAY]) {
      const sql = await countMembersAsOf(em, ids, date, true);
      for (const id of ids) {
        expect({ id, date, ...sql.get(id) }).toEqual({ id, date, ...countMembersOn(reference, descendantIdsAsOf(versions, id, date, { includeSelf: true }), date) });
      }
    }
  });

  it('re-runs cleanly after users changed the ward (a cell merged away, an exemption revoked)', async () => {
    const [exemption] = await h.sql<{ id: string }>('select id from target_exemption order by id limit 1');
    const revoked = await h.gql(board, `mutation($id: ID!) { revokeTargetExemption(input: { exemptionId: $id }) { inForce } }`, { id: exemption.id });
    expect(revoked.errors).toBeUndefined();
    const before = await tableCounts();
    expect(await seed()).toEqual({ organisations: 0, members: 0, movements: 0, exemptions: 0, supervisionAssignments: 0, events: 0 });
    expect(await tableCounts()).toEqual(before);
  });

  it('answers a list of organisations with nested counts, children and exemptions in a constant number of queries', async () => {
    const knex = h.service.orm.em.getConnection().getKnex();
    let queries = 0;
    // The outbox relay shares the connection pool; its polling is not the request's work.
    const onQuery = (q: { sql: string }) => {
      if (!/outbox_event|^BEGIN|^COMMIT|^ROLLBACK/.test(q.sql)) queries += 1;
    };
    const query = `query($first: Int) { organisations(first: $first) { totalCount edges { node { code memberCounts { total officialVoteBase }
      children { code } parent { code } exemptions(year: 2026) { reason } supervisors { committeeMemberId } closure { reason } } } } }`;
    const measure = async (first: number) => {
      queries = 0;
      knex.on('query', onQuery);
      const response = await h.gql<{ organisations: { totalCount: number; edges: unknown[] } }>(board, query, { first });
      knex.removeListener('query', onQuery);
      expect(response.errors).toBeUndefined();
      const totalCount = response.data?.organisations.totalCount ?? 0;
      expect(totalCount).toBeGreaterThan(60);
      expect(response.data?.organisations.edges).toHaveLength(Math.min(first, totalCount));
      return queries;
    };
    const few = await measure(5);
    const all = await measure(100);
    expect(all).toBe(few);
    expect(all).toBeLessThanOrEqual(10);
  });

  it('lists members in Vietnamese order by a stored key and finds them without diacritics', async () => {
    const query = `query($search: String) { members(first: 100, search: $search) { totalCount edges { node { id fullName } } } }`;
    const response = await h.gql<{ members: { totalCount: number; edges: { node: { id: string; fullName: string } }[] } }>(board, query, {});
    const listed = response.data?.members.edges.map((edge) => edge.node) ?? [];
    const keys = listed.map((member) => `${vietnameseSortKey(member.fullName)}\u0000${member.id}`);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(response.data?.members.totalCount).toBeGreaterThan(2_900);
    const target = listed[37];
    const folded = target.fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    const found = await h.gql<{ members: { edges: { node: { id: string } }[] } }>(board, query, { search: folded });
    expect(found.data?.members.edges.map((edge) => edge.node.id)).toContain(target.id);
  });
});
