import { messagingMigration, InboxEventEntity, OutboxEventEntity } from '@pdv/messaging';
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
});
