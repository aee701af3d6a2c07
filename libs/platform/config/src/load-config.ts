import { z } from 'zod';

/** Thrown at boot when the environment is wrong; lists every bad key at once. */
export class ConfigError extends Error {
  constructor(
    readonly app: string,
    readonly problems: string[],
  ) {
    super(`${app}: invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment with a zod object schema. Each app's `src/config.ts` calls this
 * once; nothing else reads process.env. Values of failing keys are not echoed (they may
 * be secrets); the key and the expectation are.
 */
export function loadConfig<TShape extends z.ZodRawShape>(
  app: string,
  schema: z.ZodObject<TShape>,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<TShape>> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(app, problems);
  }
  // The development defaults of secrets are in the repository: anyone could forge tokens.
  const data = result.data as Record<string, unknown>;
  if (data.NODE_ENV === 'production') {
    const problems = Object.entries(data)
      .filter(([, value]) => typeof value === 'string' && DEVELOPMENT_SECRETS.has(value))
      .map(([key]) => `${key}: is the public development default; set a secret of your own in production`);
    // A service whose "today" a test file sets must never be a production one.
    if (data.TEST_CLOCK_FILE) problems.push('TEST_CLOCK_FILE: is a test setting (the day a test stack runs on); unset it in production');
    if (problems.length > 0) throw new ConfigError(app, problems);
  }
  return result.data;
}

/** Fallback values of secrets, refused when NODE_ENV=production. */
const DEVELOPMENT_SECRETS = new Set<string>();

const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Reusable field schemas, so every app spells the same setting the same way. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback),
  url: (fallback: string) => z.url().default(fallback),
  boolean: (fallback: boolean) => booleanString.prefault(fallback ? 'true' : 'false'),
  secret: (developmentFallback: string) => {
    DEVELOPMENT_SECRETS.add(developmentFallback);
    return z.string().min(32, 'must be at least 32 characters').default(developmentFallback);
  },
  /**
   * The secret being retired during a key rotation (infra/RUNBOOK.md): still accepted, never
   * used to sign. Unset or empty when no rotation is under way.
   */
  previousSecret: () =>
    z.preprocess((value) => (value === '' ? undefined : value), z.string().min(32, 'must be at least 32 characters').optional()),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  nodeEnv: () => z.enum(['development', 'test', 'production']).default('development'),
  /** Prefix for stream names and subjects, so test suites and tenants never collide. */
  eventNamespace: () =>
    z
      .string()
      .regex(/^[a-z0-9]*$/, 'lower-case letters and digits only')
      .max(24)
      .default(''),
};

/** Settings every service shares. */
export const serviceEnvShape = {
  NODE_ENV: env.nodeEnv(),
  LOG_LEVEL: env.logLevel(),
  DATABASE_URL: env.url('postgres://postgres@127.0.0.1:5432/postgres'),
  NATS_URL: env.url('nats://127.0.0.1:4222'),
  EVENT_NAMESPACE: env.eventNamespace(),
  /** HMAC secret shared by the gateway and the subgraphs for the internal identity token. */
  INTERNAL_AUTH_SECRET: env.secret('development-only-internal-secret-change-me'),
  /** During a rotation of INTERNAL_AUTH_SECRET: the old secret, which gateways not yet restarted still sign with. */
  INTERNAL_AUTH_PREVIOUS_SECRET: env.previousSecret(),
  /**
   * Tests only (refused in production): a file holding the instant the service takes as now,
   * so an end-to-end test moves every service of its stack to the same day (FileClock).
   */
  TEST_CLOCK_FILE: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
};
