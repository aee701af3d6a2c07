export * from './training.rules';
export * from './training-item.rules';
