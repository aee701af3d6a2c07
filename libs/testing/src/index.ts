export * from './test-database';
export * from './identities';
export * from './gateway-process';
