import { createLogger } from '@pdv/observability';
import { onShutdown, runMain, startServiceRuntime } from '../../src';
import { probeEntities, probeHandlers, probeMigrations, probeSchema } from './probe-service';

// The probe service as a process of its own, started the way every service's main.ts starts
// (runtime, then onShutdown), so sigterm.int-spec.ts can send it a real SIGTERM. It logs JSON
// lines on stdout: 'probe listening' with its URL, 'probe handler started' with the event's code.
const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const logger = createLogger('organisation-service', 'info');
runMain(logger, async () => {
  const ns = env('EVENT_NAMESPACE');
  const runtime = await startServiceRuntime({
    service: 'organisation-service',
    config: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: 0,
      DATABASE_URL: env('DATABASE_URL'),
      DATABASE_NAME: env('DATABASE_NAME'),
      NATS_URL: env('NATS_URL'),
      EVENT_NAMESPACE: ns,
      INTERNAL_AUTH_SECRET: env('INTERNAL_AUTH_SECRET'),
    },
    logger,
    entities: probeEntities,
    migrations: probeMigrations,
    consumers: [
      {
        stream: 'ORGANISATION',
        handlers: probeHandlers({
          slowHandlerMs: Number(env('PROBE_SLOW_HANDLER_MS')),
          handlerStarted: new Set(),
          onHandlerStarted: (code) => logger.info({ code }, 'probe handler started'),
        }),
      },
    ],
    relayPollMs: 200,
    consumerBackoffMs: [200],
    requestDrainMs: 5_000,
    graphql: { buildSchema: async () => ({ schema: probeSchema(ns) }), createContext: (_base, orm) => ({ orm }) },
  });
  logger.info({ url: runtime.url }, 'probe listening');
  onShutdown(logger, () => runtime.stop());
});
