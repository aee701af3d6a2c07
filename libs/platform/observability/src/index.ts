export * from './logger';
export * from './safe-error';
export * from './request-context';
export * from './trace-context';
export * from './metrics';
export * from './health';
