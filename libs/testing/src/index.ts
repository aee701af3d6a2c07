export * from './test-database';
export * from './identities';
export * from './gateway-process';
export * from './wait-for';
export * from './test-clock';
export * from './service-harness';
