import { migrate, type MikroORM, openOrm, schemaDrift } from '@pdv/persistence';
import { createTestDatabase, type TestDatabase } from '@pdv/testing';
import { entities } from '../src/entities';
import { migrations } from '../src/migrations';

describe('migrations', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase('org migrations');
    orm = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities, migrations });
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('run on a fresh database, in order, and leave no drift from the entities', async () => {
    expect(await migrate(orm)).toEqual(migrations.map((migration) => migration.name));
    expect(await schemaDrift(orm)).toBe('');
  });

  it('apply nothing the second time', async () => {
    expect(await migrate(orm)).toEqual([]);
  });

  it('seed the ward policy with the plan’s defaults', async () => {
    const rows = await orm.em.fork().execute('select max_future_days, plan_first_year, plan_last_year, min_official_members_to_vote from organisation_policy');
    expect(rows).toEqual([{ max_future_days: 0, plan_first_year: 2025, plan_last_year: 2030, min_official_members_to_vote: 3 }]);
  });
});
