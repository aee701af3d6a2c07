export * from './test-database';
export * from './identities';
