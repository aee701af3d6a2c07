export * from './subgraph-server';
export * from './shutdown';
export * from './clock';
export * from './service-runtime';
export * from './wait-for-dependency';
