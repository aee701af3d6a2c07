import { type EntitySchema, type MigrationObject, migrate, type MikroORM, openOrm, schemaDrift } from '@pdv/persistence';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The migrations spec of a service, in one line: a fresh database built by its committed
 * migrations (messaging first, in order, once), with no drift from its entity mapping.
 * `more` adds the service's own checks on the migrated database (triggers, seeded rows).
 */
export function describeMigrations(
  service: { name: string; entities: EntitySchema[]; migrations: MigrationObject[] },
  /** The migration that must come first: the messaging tables (outbox, inbox) every service has. */
  first: string,
  more?: (orm: () => MikroORM) => void,
): void {
  describe(`${service.name} migrations`, () => {
    let db: TestDatabase;
    let orm: MikroORM;

    beforeAll(async () => {
      db = await createTestDatabase(`${service.name} migrations`);
      orm = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities: service.entities, migrations: service.migrations });
    });

    afterAll(async () => {
      await orm?.close(true);
      await db?.drop();
    });

    it('run on a fresh database, in order, messaging first', async () => {
      const applied = await migrate(orm);
      expect(applied).toEqual(service.migrations.map((migration) => migration.name));
      expect(applied[0]).toBe(first);
    });

    it('leave no drift between the migrated database and the entity mapping', async () => {
      expect(await schemaDrift(orm)).toBe('');
    });

    it('apply nothing the second time', async () => {
      expect(await migrate(orm)).toEqual([]);
    });

    more?.(() => orm);
  });
}
