import { buildSchema, type GraphQLSchema, parse, validate } from 'graphql';
import { EXPORT_FORMATS, EXPORT_NAME, type ExportDefinition, operationOf } from './export-definition';

/** A schema to check operations against, from a composed supergraph's SDL. */
export function schemaOfSupergraph(supergraphSdl: string): GraphQLSchema {
  // The supergraph carries its own directive definitions (join__*, link); it was composed, so it is valid.
  return buildSchema(supergraphSdl, { assumeValidSDL: true });
}

/** Everything wrong with a definition against the schema it will run on; empty when it is sound. */
export function definitionProblems(definition: ExportDefinition, schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  if (!EXPORT_NAME.test(definition.name)) problems.push(`name "${definition.name}" must be lower-case words joined by hyphens`);
  if (!/^[a-z0-9-]+$/.test(definition.fileName)) problems.push(`fileName "${definition.fileName}" must be ASCII lower-case words joined by hyphens`);
  if (definition.formats.length === 0 || definition.formats.some((format) => !EXPORT_FORMATS.includes(format))) {
    problems.push(`formats must be some of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (definition.roles.length === 0) problems.push('an export is for at least one role');
  const document = definition.pdf?.document;
  if (document && document.lines.length === 0) problems.push('a document needs at least one line');
  if (document && document.lines.some((line) => (line.text === undefined) === (line.value === undefined))) {
    problems.push('each document line has either a text or a value');
  }
  if (definition.report && definition.report.sections.length === 0) problems.push('a report needs at least one section');
  if (definition.report && definition.rows.connection) problems.push('a report is drawn from one row, not a connection');
  const tables = definition.formats.filter((format) => (format === 'xlsx' || !document) && !definition.report);
  if (tables.length > 0 && definition.columns.length === 0) problems.push(`an export needs at least one column for its ${tables.join(' and ')}`);
  let declared: Set<string>;
  try {
    declared = new Set((operationOf(definition).variableDefinitions ?? []).map((variable) => variable.variable.name.value));
    for (const error of validate(schema, parse(definition.operation))) problems.push(error.message);
  } catch (error) {
    return [...problems, (error as Error).message];
  }
  const connection = definition.rows.connection;
  if (connection) {
    for (const name of [connection.afterVariable, connection.pageSizeVariable]) {
      if (!declared.has(name)) problems.push(`the operation must declare $${name}: the exporter pages with it`);
    }
  }
  return problems;
}
