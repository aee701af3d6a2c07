import { Migrator } from '@mikro-orm/migrations';
import { ensureDatabase } from './database-admin';
import { serverUrlOf } from './server-url';
import { type EntitySchema, type MigrationObject, MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

export interface DatabaseSettings {
  /** Server URL without (or with, ignored) a database name, e.g. postgres://postgres@127.0.0.1:5432 */
  serverUrl: string;
  /** This service's own database. */
  dbName: string;
  entities: EntitySchema[];
  /** Committed migrations, listed explicitly so bundled builds find them. */
  migrations: MigrationObject[];
  logger?: Logger;
  poolMax?: number;
}


export function ormOptions(settings: DatabaseSettings): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl: serverUrlOf(settings.serverUrl),
    dbName: settings.dbName,
    entities: settings.entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    // The global EntityManager refuses work: every request and message forks its own.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    timezone: '+00:00',
    ensureDatabase: false,
    pool: { min: 0, max: settings.poolMax ?? 10 },
    migrations: {
      migrationsList: settings.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'mikro_orm_migrations',
    },
    debug: false,
    logger: (message: string) => settings.logger?.debug({ orm: true }, message),
  };
}

export async function openOrm(settings: DatabaseSettings): Promise<MikroORM> {
  return MikroORM.init(ormOptions(settings));
}

/** Applies every pending committed migration; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

/** The SQL that would bring the database in line with the entities; empty when they agree. */
export async function schemaDrift(orm: MikroORM): Promise<string> {
  return (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim();
}

/**
 * Creates the service's database if it is missing, opens the ORM and applies every pending
 * committed migration: what the migrate and seed commands do before anything else.
 */
export async function openMigratedOrm(settings: DatabaseSettings): Promise<{ orm: MikroORM; created: boolean; applied: string[] }> {
  const created = await ensureDatabase(settings.serverUrl, settings.dbName);
  const orm = await openOrm(settings);
  try {
    return { orm, created, applied: await migrate(orm) };
  } catch (error) {
    await orm.close();
    throw error;
  }
}
