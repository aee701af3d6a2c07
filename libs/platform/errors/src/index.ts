export * from './app-error';
export * from './rule-violation';
export * from './result';
export * from './text-input';
export * from './error-guide';
