import { benchSecrets, BenchStack, benchServices, readCommittedSupergraph } from '../bench/bench-stack';

// The started stack the example collection runs against: every service built, migrated and
// seeded with the demo ward, and the gateway in front, in NODE_ENV=production with per-run
// secrets — the benchmark's stack (tools/bench/bench-stack.ts), on ports and databases of its
// own, with fresh event streams, all removed again at the end.

export const GUIDE_PORT_BASE = 4720;

export interface GuideIdentity {
  userId: string;
  role: string;
  scopeId: string | null;
}

export interface GuideStack {
  url: string;
  /** Signs one token per identity, as the gateway verifies them (12 h). */
  tokens(identities: GuideIdentity[]): Promise<string[]>;
  stop(): Promise<void>;
}

function serverUrlOf(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '';
  return parsed.toString().replace(/\/$/, '');
}

/** Where a started stack lives: the API guide's by default; the ward dashboard's benchmark takes its own, so both can run. */
export interface GuideStackPlace {
  portBase: number;
  databasePrefix: string;
}

export async function startGuideStack(log: (line: string) => void = () => undefined, place: GuideStackPlace = { portBase: GUIDE_PORT_BASE, databasePrefix: 'api_guide_' }): Promise<GuideStack> {
  const { portBase, databasePrefix } = place;
  const committed = await readCommittedSupergraph();
  const ports = Array.from({ length: 10 }, (_, index) => portBase + 1 + index);
  const services = benchServices(ports, databasePrefix, committed);
  const secrets = benchSecrets();
  let failure: string | null = null;
  const stack = new BenchStack(
    {
      databaseUrl: serverUrlOf(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432'),
      natsUrl: process.env.NATS_URL || 'nats://127.0.0.1:4222',
      databasePrefix,
      eventNamespace: `${databasePrefix.replace(/[^a-z]/g, '')}${Date.now().toString(36)}`,
      services,
      ourPort: portBase,
      hivePort: portBase + 11,
      secrets,
      seed: true,
      profileDir: null,
    },
    (message) => (failure = message),
  );
  const stop = async () => {
    await stack.stopAll();
    await stack.deleteStreams().catch((error: unknown) => log(`could not delete the streams: ${String(error)}`));
    if (stack.ownsDatabases) await stack.dropDatabases().catch((error: unknown) => log(`could not drop the databases: ${String(error)}`));
  };
  try {
    await stack.checkPortsFree();
    log('building the apps…');
    await stack.build(committed);
    stack.ownsDatabases = true;
    await stack.dropDatabases();
    log('migrating, starting and seeding the demo ward…');
    await stack.startServices();
    await stack.startOurGateway();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${portBase}/graphql`,
    async tokens(identities) {
      if (failure) throw new Error(failure);
      const minted = JSON.parse(await stack.admin('tokens', { jwt: secrets.jwt, internalAuthSecret: secrets.internalAuthSecret, users: identities, internal: [] })) as { users: string[] };
      return minted.users;
    },
    stop,
  };
}
