export * from './pdf-text';
export * from './xlsx-rows';
