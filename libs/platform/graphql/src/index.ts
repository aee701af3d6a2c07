import 'reflect-metadata';

export * from './scalars';
export * from './error-formatting';
export * from './unavailable';
export * from './connection';
export * from './authorization';
export * from './subgraph';
export * from './strict-inputs';
export * from './loaders';
export * from './query-limits';
