import type { ApolloServer } from '@apollo/server';
import express, { type Request, type Response, type Router } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { Identity } from '@pdv/auth';
import { type Clock, todayInVietnam } from '@pdv/calendar';
import type { ErrorCode } from '@pdv/errors';
import {
  callerVariables,
  collectRows,
  contentDisposition,
  type ExportDefinition,
  type ExportFormat,
  EXPORT_MIME_TYPES,
  ExportOperationFailed,
  exportTable,
  formatDate,
  localDateValue,
  operationOf,
  renderPdf,
  renderXlsx,
  TooManyExportRows,
} from '@pdv/exports';
import { childTraceparent, currentContext, formatTraceparent, type Logger } from '@pdv/observability';
import { sendUnauthenticated } from '../authentication';
import type { GatewayContext } from '../context';

/**
 * `GET|POST /exports/<name>.<xlsx|pdf>`: runs a committed export's operation through this
 * gateway's own Apollo server with the caller's verified identity — the same query limits,
 * subgraph authorization, masking and audit of personal-data reads as a POST /graphql — and
 * answers the file. Refusals are the GraphQL API's errors, as JSON, with an HTTP status.
 */

/** HTTP status of an export refused with this code (a file download has no 200-with-errors). */
const STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(xlsx|pdf)$/;

export interface ExportRouteOptions {
  apollo: ApolloServer<GatewayContext>;
  definitions: readonly ExportDefinition[];
  /** EXPORT_MAX_ROWS: the most rows one file holds. */
  maxRows: number;
  logger: Logger;
  registry: Registry;
  clock: Clock;
}

interface Refusal {
  status: number;
  errors: readonly GraphQLFormattedError[];
}

function refusal(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): Refusal {
  return { status: STATUS_OF[code], errors: [{ message, extensions: { code, ...extensions } }] };
}

function badVariable(field: string, message: string): Refusal {
  return refusal('BAD_USER_INPUT', message, { problems: [{ field, message }] });
}

/** The caller's variables: `?variables=<json>` on a GET, `{ "variables": {...} }` as a POST body. */
export function variablesOf(req: Pick<Request, 'method' | 'query' | 'body'>, definition: ExportDefinition): { variables: Record<string, unknown> } | { refusal: Refusal } {
  let raw: unknown = {};
  if (req.method === 'GET') {
    const text = req.query.variables;
    if (Array.isArray(text)) return { refusal: badVariable('variables', 'Give "variables" once, as one JSON object.') };
    if (typeof text === 'string' && text !== '') {
      try {
        raw = JSON.parse(text);
      } catch {
        return { refusal: badVariable('variables', '"variables" is not valid JSON: give a JSON object, e.g. {"year":2026}.') };
      }
    }
  } else {
    raw = (req.body as { variables?: unknown } | undefined)?.variables ?? {};
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { refusal: badVariable('variables', '"variables" must be a JSON object, e.g. {"year":2026}.') };
  const allowed = callerVariables(definition);
  for (const name of Object.keys(raw)) {
    if (!allowed.includes(name)) {
      const known = allowed.length ? `it takes ${allowed.map((variable) => `"${variable}"`).join(', ')}` : 'it takes none';
      return { refusal: badVariable(`variables.${name}`, `The export "${definition.name}" has no variable "${name}": ${known}.`) };
    }
  }
  return { variables: raw as Record<string, unknown> };
}

/** The status of a refusal by the API: its first error's code decides. */
export function statusOfErrors(errors: readonly GraphQLFormattedError[]): number {
  const code = errors[0]?.extensions?.code;
  return (typeof code === 'string' && STATUS_OF[code as ErrorCode]) || 500;
}

/** The name a person sees for the file: the title and the day, without characters file systems refuse. */
function displayName(title: string, printedOn: string, format: ExportFormat): string {
  const day = localDateValue(printedOn);
  return `${title}${day ? ` ${formatDate(day).replace(/\//g, '-')}` : ''}.${format}`.replace(/[\\/:*?"<>|]/g, '-');
}

export function exportsRouter(options: ExportRouteOptions): Router {
  const { apollo, logger, clock } = options;
  const byName = new Map(options.definitions.map((definition) => [definition.name, definition]));
  // Parsed once at start: a definition that is not one named query stops the gateway, not a request.
  const operationNames = new Map(options.definitions.map((definition) => [definition.name, operationOf(definition).name?.value]));
  const outcomes = new Counter({
    name: 'gateway_exports_total',
    help: 'Exports by name, format and outcome (ok, or the refusal code).',
    labelNames: ['export', 'format', 'outcome'] as const,
    registers: [options.registry],
  });
  const durations = new Histogram({
    name: 'gateway_export_duration_seconds',
    help: 'Time to run an export’s operation and render its file.',
    labelNames: ['export', 'format'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [options.registry],
  });

  const answer = async (req: Request, res: Response): Promise<void> => {
    const started = performance.now();
    const requested = String(req.params.file ?? '');
    const match = FILE.exec(requested);
    const definition = match ? byName.get(match[1]) : undefined;
    const format = match?.[2] as ExportFormat | undefined;
    // Only the registry's names reach the log and the metric labels: a caller cannot grow them.
    const name = definition?.name ?? 'unknown';
    const finish = (outcome: string, fields: Record<string, unknown> = {}) => {
      outcomes.inc({ export: name, format: format ?? 'unknown', outcome });
      // No personal data: the export, the role, counts and sizes.
      logger.info({ export: name, format, role: (res.locals.identity as Identity | null)?.role ?? null, outcome, ms: Math.round(performance.now() - started), ...fields }, 'export');
    };
    const refuse = ({ status, errors }: Refusal, outcome = String(errors[0]?.extensions?.code ?? 'ERROR')) => {
      if (status === 401) {
        sendUnauthenticated(res, errors[0].message);
      } else {
        res.status(status).type('application/json').send(JSON.stringify({ errors }));
      }
      finish(outcome);
    };

    if (!definition || !format || !definition.formats.includes(format)) {
      const listed = options.definitions.flatMap((candidate) => candidate.formats.map((offered) => `${candidate.name}.${offered}`)).join(', ');
      refuse(refusal('NOT_FOUND', `There is no export "${requested.slice(0, 100)}". The exports are: ${listed}.`));
      return;
    }
    const identity = (res.locals.identity as Identity | null | undefined) ?? null;
    if (identity === null) {
      refuse(refusal('UNAUTHENTICATED', 'Exports are for signed-in users: send Authorization: Bearer <token>.'));
      return;
    }
    if (!definition.roles.includes(identity.role)) {
      refuse(
        refusal(
          'FORBIDDEN',
          `Bạn không có quyền tải tài liệu này. / The export "${definition.name}" is for ${definition.roles.join(', ')}; a ${identity.role} token may not download it.`,
        ),
      );
      return;
    }
    const given = variablesOf(req, definition);
    if ('refusal' in given) {
      refuse(given.refusal);
      return;
    }
    const { variables } = given;

    const request = currentContext();
    const contextValue: GatewayContext = {
      identity,
      requestId: request?.requestId ?? 'export',
      traceparent: request?.traceparent ?? formatTraceparent(childTraceparent(null)),
    };
    const stopTimer = durations.startTimer({ export: definition.name, format });
    let nodes: unknown[];
    try {
      nodes = await collectRows(
        definition,
        variables,
        async (pageVariables) => {
          const response = await apollo.executeOperation(
            { query: definition.operation, operationName: operationNames.get(definition.name), variables: pageVariables },
            { contextValue },
          );
          if (response.body.kind !== 'single') throw new Error('an export operation answered incrementally');
          return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
        },
        options.maxRows,
      );
    } catch (error) {
      if (error instanceof ExportOperationFailed) {
        refuse({ status: statusOfErrors(error.errors), errors: error.errors });
        return;
      }
      if (error instanceof TooManyExportRows) {
        refuse(
          refusal(
            'BAD_USER_INPUT',
            `Danh sách có hơn ${error.limit} dòng; hãy thu hẹp (theo tổ chức, năm…). / The export has more than ${error.limit} rows: narrow it with its variables (${callerVariables(definition).join(', ')}).`,
            { limit: error.limit },
          ),
          'TOO_MANY_ROWS',
        );
        return;
      }
      throw error;
    }
    // A document of one record (a card, a certificate) with nothing in it is a missing record.
    if (definition.pdf?.document && format === 'pdf' && nodes.length === 0) {
      refuse(refusal('NOT_FOUND', `Không có gì để in. / The export "${definition.name}" found nothing to print with these variables.`));
      return;
    }
    const printedOn = todayInVietnam(clock);
    const table = exportTable(definition, nodes, variables, printedOn);
    const content = format === 'xlsx' ? await renderXlsx(table, { orientation: definition.pdf?.orientation }) : await renderPdf(table, definition.pdf);
    stopTimer();
    res.status(200);
    res.setHeader('content-type', EXPORT_MIME_TYPES[format]);
    res.setHeader('content-disposition', contentDisposition(`${definition.fileName}-${printedOn}.${format}`, displayName(table.title, printedOn, format)));
    res.setHeader('content-length', content.length);
    // Personal data: no shared cache keeps it, and the browser keeps no copy of its own.
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(content);
    finish('ok', { rows: nodes.length, bytes: content.length });
  };

  const router = express.Router();
  const handle = (req: Request, res: Response, next: (error?: unknown) => void) => {
    answer(req, res).catch(next);
  };
  router.get('/:file', handle);
  // Variables travel in a small JSON body; the exports take filters, not data.
  router.post('/:file', express.json({ limit: '64kb' }), handle);
  return router;
}
