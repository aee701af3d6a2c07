export * from './admission.rules';
export * from './admission-item.rules';
