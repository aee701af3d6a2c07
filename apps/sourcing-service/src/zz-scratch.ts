import { openOrm } from '@pdv/persistence';
import { pgArray } from './shared/sql';
async function main() {
  const orm = await openOrm({ serverUrl: 'postgres://postgres@127.0.0.1:5432', dbName: 'postgres', entities: (await import('./entities')).entities, migrations: [] });
  const em = orm.em.fork();
  console.log(await em.execute('select ?::text[] as a, 1 = any(?::int[]) as b', [pgArray(['a "quoted", \\ back {x}', null, 'Nguyễn Văn An', '?']), pgArray([1, 2])]));
  console.log(await em.execute('select * from unnest(?::text[], ?::int[]) with ordinality as t(a, b, n)', [pgArray(['x', 'y']), pgArray([1, 2])]));
  await orm.close();
}
void main();
