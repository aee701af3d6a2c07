export * from './personal-data.policy';
export * from './personal-data.reader';
export * from './personal-data-audit.entity';
export * from './personal-data-audit.migration';
export * from './personal-data-audit.trail';
export * from './personal-data-audit.queries';
export * from './personal-data-audit.type';
export * from './personal-data-audit.resolver';
