import { randomUUID } from 'node:crypto';
import { migrate, type MikroORM, openOrm, schemaDrift } from '@pdv/persistence';
import { createTestDatabase, type TestDatabase } from '@pdv/testing';
import {
  auditActorOf,
  auditRecords,
  listPersonalDataAudit,
  PersonalDataAuditEntity,
  personalDataAuditMigration,
  PersonalDataAuditTrail,
  PersonalDataReader,
  writePersonalDataAudit,
} from '../src';

const at = new Date('2026-03-01T02:00:00Z');
const clock = { now: () => at };
const board = { userId: 'board-1', role: 'PARTY_BUILDING_BOARD' as const, scopeId: null };
const secretary = { userId: 'secretary-1', role: 'CELL_SECRETARY' as const, scopeId: 'cell-root' };

describe('personal-data audit trail', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('personal data audit');
    orm = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities: [PersonalDataAuditEntity], migrations: [personalDataAuditMigration] });
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  const rows = () =>
    orm.em.fork().execute<{ actor_id: string; actor_role: string | null; request_id: string | null; action: string; subject_type: string; subject_id: string; field: string }[]>(
      'select actor_id, actor_role, request_id, action, subject_type, subject_id, field from personal_data_audit order by occurred_at, field',
    );

  it('runs on a fresh database and leaves no drift from the entity', async () => {
    expect(await migrate(orm)).toEqual([personalDataAuditMigration.name]);
    expect(await schemaDrift(orm)).toBe('');
  });

  it('records the reads of one request in one statement, each field of each record once', async () => {
    const em = orm.em.fork();
    const member = randomUUID();
    const trail = new PersonalDataAuditTrail(em, auditActorOf({ identity: board, requestId: 'req-1' }), clock, randomUUID);
    await Promise.all([
      trail.recordRead('PartyMember', member, 'nationalId'),
      trail.recordRead('PartyMember', member, 'nationalId'),
      trail.recordRead('PartyMember', member, 'MemberCorrection.oldValue'),
    ]);
    // Rows written by one autocommitted statement share its transaction id.
    const [written] = await em.execute<{ statements: string }[]>("select count(distinct xmin::text) as statements from personal_data_audit where request_id = 'req-1'");
    expect(Number(written.statements)).toBe(1);
    expect(await rows()).toEqual([
      { actor_id: 'board-1', actor_role: 'PARTY_BUILDING_BOARD', request_id: 'req-1', action: 'READ', subject_type: 'PartyMember', subject_id: member, field: 'MemberCorrection.oldValue' },
      { actor_id: 'board-1', actor_role: 'PARTY_BUILDING_BOARD', request_id: 'req-1', action: 'READ', subject_type: 'PartyMember', subject_id: member, field: 'nationalId' },
    ]);
  });

  it('writes collections within the caller’s transaction: a rollback takes them away', async () => {
    const before = (await rows()).length;
    const candidate = randomUUID();
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await writePersonalDataAudit(tx, { actor: auditActorOf({ identity: board, requestId: null }), at, newId: randomUUID }, auditRecords('COLLECT', 'Candidate', 'personalData', [candidate]));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await rows()).toHaveLength(before);
  });

  it('shows a value in scope (recorded) and masks one outside it (not recorded)', async () => {
    const em = orm.em.fork();
    const before = (await rows()).length;
    const scopes = { organisationWithin: async (organisationId: string, root: string) => root === 'cell-root' && organisationId === 'cell-a' };
    const reader = new PersonalDataReader(secretary, new PersonalDataAuditTrail(em, auditActorOf({ identity: secretary, requestId: 'req-2' }), clock, randomUUID), scopes);
    const inside = randomUUID();
    const outside = randomUUID();
    expect(await reader.nationalId({ type: 'PartyMember', id: inside, organisationId: 'cell-a' }, '001080012345')).toBe('001080012345');
    expect(await reader.nationalId({ type: 'PartyMember', id: outside, organisationId: 'cell-b' }, '001080012399')).toBe('*********399');
    expect(await reader.nationalId({ type: 'PartyMember', id: outside, organisationId: 'cell-b' }, null)).toBeNull();
    const added = (await rows()).slice(before);
    expect(added).toEqual([expect.objectContaining({ actor_id: 'secretary-1', subject_id: inside, field: 'nationalId', request_id: 'req-2' })]);
  });

  it('refuses updates, deletes and truncation', async () => {
    const em = orm.em.fork();
    await expect(em.execute(`update personal_data_audit set actor_id = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(em.execute('delete from personal_data_audit')).rejects.toThrow(/append-only/);
    await expect(em.execute('truncate personal_data_audit')).rejects.toThrow(/append-only/);
  });

  it('lists a record’s entries newest first, page by page, and names a malformed id as bad input', async () => {
    const em = orm.em.fork();
    const candidate = randomUUID();
    for (const [i, field] of ['nationalId', 'phone', 'address'].entries()) {
      await writePersonalDataAudit(em, { actor: auditActorOf({ identity: board, requestId: `r${i}` }), at: new Date(at.getTime() + i * 1000), newId: randomUUID }, [
        { action: 'READ', subjectType: 'Candidate', subjectId: candidate, field },
      ]);
    }
    const filter = { subjectType: 'Candidate', subjectId: candidate, actorId: null, subjectArg: 'candidateId', subjectLabel: 'candidate' };
    const first = await listPersonalDataAudit(em, filter, 2, null);
    expect(first.totalCount).toBe(3);
    // One row past the page, so the connection knows that another page follows.
    expect(first.rows.map((row) => row.field)).toEqual(['address', 'phone', 'nationalId']);
    await expect(listPersonalDataAudit(em, { ...filter, subjectId: 'x' }, 2, null)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('candidateId') });
    await expect(listPersonalDataAudit(em, { ...filter, subjectId: null }, 2, null)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    // Another record type's entries are not this query's.
    expect((await listPersonalDataAudit(em, { ...filter, subjectType: 'PartyMember' }, 2, null)).totalCount).toBe(0);
  });
});
