export * from './csv.codec';
export * from './spreadsheet.reader';
export * from './spreadsheet.writer';
