export * from './collect-rows';
export * from './export-definition';
export * from './file-name';
export * from './pdf.renderer';
export * from './table';
export * from './validate-operation';
export * from './xlsx.renderer';
