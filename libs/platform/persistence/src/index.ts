export * from './orm';
export * from './server-url';
export * from './database-admin';
export * from './sql';
export { EntitySchema, MikroORM, Type, type EntityManager, type MigrationObject } from '@mikro-orm/postgresql';
export { Migration } from '@mikro-orm/migrations';
