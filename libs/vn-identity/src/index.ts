export * from './province-codes';
export * from './national-id';
export * from './vietnamese-text';
export * from './vietnamese-collation';
