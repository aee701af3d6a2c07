export * from './roles';
export * from './tokens';
export * from './policy';
