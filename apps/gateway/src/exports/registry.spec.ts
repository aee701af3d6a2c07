import { readFileSync } from 'node:fs';
import path from 'node:path';
import { declaredVariables, definitionProblems, schemaOfSupergraph } from '@pdv/exports';
import { EXPORT_DEFINITIONS } from './registry';

const supergraph = schemaOfSupergraph(readFileSync(path.join(__dirname, '../../supergraph.graphql'), 'utf8'));

describe('the committed exports', () => {
  it.each(EXPORT_DEFINITIONS.map((definition) => [definition.name, definition] as const))('%s is sound and its operation validates against the supergraph', (_name, definition) => {
    expect(definitionProblems(definition, supergraph)).toEqual([]);
  });

  it('have distinct names, file names and operation names', () => {
    for (const key of ['name', 'fileName'] as const) {
      const values = EXPORT_DEFINITIONS.map((definition) => definition[key]);
      expect(new Set(values).size).toBe(values.length);
    }
    const operations = EXPORT_DEFINITIONS.map((definition) => /query\s+(\w+)/.exec(definition.operation)?.[1]);
    expect(new Set(operations).size).toBe(operations.length);
  });

  it('page through connections with the page size the subgraphs allow (at most 100)', () => {
    for (const definition of EXPORT_DEFINITIONS) {
      const connection = definition.rows.connection;
      if (!connection) continue;
      expect(connection.pageSize).toBeLessThanOrEqual(100);
      expect(declaredVariables(definition)).toEqual(expect.arrayContaining([connection.afterVariable, connection.pageSizeVariable]));
    }
  });
});
