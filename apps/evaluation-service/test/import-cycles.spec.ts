import path from 'node:path';
import { expectNoImportCycles } from '@pdv/testing';

describe('the source tree', () => {
  it('has no import cycles, type-only ones included', () => {
    expectNoImportCycles(path.join(__dirname, '../src'));
  });
});
