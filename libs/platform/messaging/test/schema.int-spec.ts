import { messagingMigration, InboxEventEntity, OutboxEventEntity } from '../src';
import { migrate, type MikroORM, openOrm, schemaDrift } from '@pdv/persistence';
import { createTestDatabase, type TestDatabase } from '@pdv/testing';

describe('messaging migration', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('messaging schema');
    orm = await openOrm({
      serverUrl: db.serverUrl,
      dbName: db.dbName,
      entities: [OutboxEventEntity, InboxEventEntity],
      migrations: [messagingMigration],
    });
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('runs on a fresh database and leaves no drift from the entities', async () => {
    expect(await migrate(orm)).toEqual([messagingMigration.name]);
    expect(await schemaDrift(orm)).toBe('');
  });

  it('notifies the relay once per inserting statement, at commit', async () => {
    const triggers = await orm.em
      .fork()
      .execute<{ tgname: string }[]>(
        "select tgname from pg_trigger where tgrelid = 'outbox_event'::regclass and not tgisinternal",
      );
    expect(triggers.map((t) => t.tgname)).toEqual(['outbox_event_notify']);
    const [index] = await orm.em
      .fork()
      .execute<{ indexdef: string }[]>("select indexdef from pg_indexes where indexname = 'outbox_event_unpublished_idx'");
    expect(index.indexdef).toMatch(/WHERE \(published_at IS NULL\)/);
  });
});
