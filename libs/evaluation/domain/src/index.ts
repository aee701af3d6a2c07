export * from './evaluation.rules';
export * from './evaluation-item.rules';
