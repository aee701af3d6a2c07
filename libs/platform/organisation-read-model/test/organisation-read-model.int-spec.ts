import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@pdv/contracts';
import type { EventHandler } from '@pdv/messaging';
import { createLogger } from '@pdv/observability';
import { type EntityManager, migrate, type MikroORM, openOrm, schemaDrift } from '@pdv/persistence';
import { createTestDatabase, type TestDatabase } from '@pdv/testing';
import {
  type MemberStanding,
  OrganisationReadModelScopes,
  organisationReadModelEntities,
  organisationReadModelHandlers,
  organisationReadModelMigration,
  organisationsWithin,
  organisationSubtree,
  currentPlanTerm,
  requireMember,
} from '../src';

const logger = createLogger('organisation-read-model-test', 'silent');
const ward = randomUUID();
const cellA = randomUUID();
const cellB = randomUUID();
const branch = randomUUID();
const member = randomUUID();

describe('organisation read model', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  const closedSeen: string[] = [];
  const membersSeen: string[] = [];
  const handlers = organisationReadModelHandlers({
    organisationClosed: async (closure) => void closedSeen.push(closure.organisationId),
    memberChanged: async (standing) => void membersSeen.push(`${standing.memberId}:${standing.organisationId}`),
  });

  let clock = Date.parse('2026-01-01T00:00:00Z');
  async function deliver(type: string, data: unknown, occurredAt = new Date((clock += 1000)).toISOString()): Promise<void> {
    const handler = handlers.find((candidate) => candidate.contract.type === type) as EventHandler<unknown>;
    const envelope: EventEnvelope<unknown> = {
      id: randomUUID(), type, version: 1, occurredAt, source: 'organisation', aggregateId: 'x',
      actor: { kind: 'SYSTEM', id: 'system', role: null }, traceparent: null, data,
    };
    await orm.em.fork().transactional((em: EntityManager) => handler.handle(envelope, { em, logger }));
  }
  const register = (organisationId: string, parentId: string | null, code: string, kind = 'PARTY_CELL') =>
    deliver('organisation.organisation.registered', { organisationId, parentId, kind, sector: 'ADMINISTRATIVE', code, name: code, validFrom: '2025-01-01' });
  const subtree = async (root: string) => (await organisationSubtree(orm.em.fork(), root)).sort();
  const recursiveSubtree = async (root: string) =>
    (await orm.em.fork().execute<{ id: string }[]>(
      `with recursive s as (select o.id from org_read_model o where o.id = ?::uuid
         union select c.id from org_read_model c join s on c.parent_id = s.id) select id from s`,
      [root],
    )).map((row) => row.id).sort();

  beforeAll(async () => {
    db = await createTestDatabase('organisation read model');
    orm = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities: organisationReadModelEntities, migrations: [organisationReadModelMigration] });
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('runs on a fresh database and leaves no drift from the entities', async () => {
    expect(await migrate(orm)).toEqual([organisationReadModelMigration.name]);
    expect(await schemaDrift(orm)).toBe('');
  });

  it('keeps the closure whatever order the registrations arrive in', async () => {
    // The cell is announced before the ward it belongs to.
    await register(cellA, ward, 'A');
    expect(await subtree(ward)).toEqual([]);
    await register(ward, null, 'W', 'GRASSROOTS_COMMITTEE');
    await register(cellB, ward, 'B');
    expect(await subtree(ward)).toEqual([ward, cellA, cellB].sort());
    expect(await subtree(cellA)).toEqual([cellA]);
    expect(await subtree(ward)).toEqual(await recursiveSubtree(ward));
  });

  it('moves a whole subtree with its organisation, and ignores a late, older move', async () => {
    await register(branch, cellA, 'A1');
    expect(await subtree(cellA)).toEqual([cellA, branch].sort());
    const moveAt = new Date((clock += 1000)).toISOString();
    await deliver('organisation.organisation.moved', { organisationId: cellA, fromParentId: ward, toParentId: cellB, effectiveDate: '2026-02-01' }, moveAt);
    expect(await subtree(cellB)).toEqual([cellB, cellA, branch].sort());
    const [depth] = await orm.em.fork().execute<{ depth: number }[]>('select depth from org_read_model_closure where ancestor_id = ? and descendant_id = ?', [ward, branch]);
    expect(depth.depth).toBe(3);
    await deliver('organisation.organisation.moved', { organisationId: cellA, fromParentId: cellB, toParentId: ward, effectiveDate: '2026-01-15' }, new Date(Date.parse(moveAt) - 60_000).toISOString());
    expect(await subtree(cellB)).toEqual([cellB, cellA, branch].sort());
    for (const root of [ward, cellA, cellB, branch]) expect(await subtree(root)).toEqual(await recursiveSubtree(root));
  });

  it('answers scope questions for one organisation and for a set at once', async () => {
    const scopes = new OrganisationReadModelScopes(orm.em.fork());
    expect(await scopes.organisationWithin(branch, ward)).toBe(true);
    expect(await scopes.organisationWithin(ward, branch)).toBe(false);
    expect(await scopes.organisationWithin(cellB, cellB)).toBe(true);
    const unknown = randomUUID();
    expect(await organisationsWithin(orm.em.fork(), [cellA, branch, ward, unknown], cellB)).toEqual(new Set([cellA, branch]));
  });

  it('marks a closed organisation and lets the consumer react; an unknown one is dead-lettered', async () => {
    await deliver('organisation.organisation.closed', { organisationId: branch, effectiveDate: '2026-03-01', reason: 'DISSOLVED', successorIds: [] });
    const [row] = await orm.em.fork().execute<{ active: boolean; closed_on: string }[]>("select active, to_char(closed_on, 'YYYY-MM-DD') as closed_on from org_read_model where id = ?", [branch]);
    expect(row).toEqual({ active: false, closed_on: '2026-03-01' });
    expect(closedSeen).toEqual([branch]);
    await expect(deliver('organisation.organisation.revised', { organisationId: randomUUID(), kind: 'PARTY_CELL', sector: 'ADMINISTRATIVE', code: 'X', name: 'X' })).rejects.toThrow(/never received/);
  });

  it('keeps each member’s standing and last move, newer events only', async () => {
    const standing: MemberStanding = { memberId: member, organisationId: cellA, status: 'PROBATIONARY', active: true, temporarilyAway: false, activityExempt: false };
    await deliver('organisation.member.registered', { ...standing, candidateId: null, admissionDecisionDate: null, officialDate: null });
    const movedAt = new Date((clock += 1000)).toISOString();
    await deliver('organisation.member.moved', { ...standing, organisationId: cellB, movementId: randomUUID(), kind: 'INTERNAL_TRANSFER', effectiveDate: '2026-04-01', fromOrganisationId: cellA, toOrganisationId: cellB }, movedAt);
    await deliver('organisation.member.made-official', { ...standing, status: 'OFFICIAL', officialDate: '2026-01-01' }, new Date(Date.parse(movedAt) - 60_000).toISOString());
    const row = await requireMember(orm.em.fork(), member, 'test');
    expect(row).toMatchObject({ organisationId: cellB, status: 'PROBATIONARY', movedFromOrganisationId: cellA, movedOn: '2026-04-01' });
    expect(membersSeen).toEqual([`${member}:${cellA}`, `${member}:${cellB}`]);
    await expect(requireMember(orm.em.fork(), randomUUID(), 'test')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the plan term the organisation service announces; a late, older announcement changes nothing', async () => {
    const fallback = { firstYear: 2025, lastYear: 2030 };
    expect(await currentPlanTerm(orm.em.fork(), fallback)).toEqual(fallback);
    const setAt = new Date((clock += 1000)).toISOString();
    await deliver('organisation.plan-term.set', { firstYear: 2025, lastYear: 2031 }, setAt);
    await deliver('organisation.plan-term.set', { firstYear: 2024, lastYear: 2029 }, new Date(Date.parse(setAt) - 60_000).toISOString());
    expect(await currentPlanTerm(orm.em.fork(), fallback)).toEqual({ firstYear: 2025, lastYear: 2031 });
  });
});
