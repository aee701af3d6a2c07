import { z } from 'zod';
import { loadConfig, serviceEnvShape } from '@pdv/config';

/** The sourcing service's settings; the only place that reads process.env. */
export const sourcingConfigSchema = z.object({
  ...serviceEnvShape,
  HOST: z.string().default('127.0.0.1'),
  /** 0 lets the system pick a free port (integration tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  DATABASE_NAME: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('sourcing'),
  /** Largest spreadsheet import, in data rows (the plan's busiest import is a few thousand). */
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(10_000),
  /** Largest spreadsheet file, in bytes after base64 decoding. */
  IMPORT_MAX_FILE_BYTES: z.coerce.number().int().min(1_024).max(50 * 1024 * 1024).default(8 * 1024 * 1024),
  /**
   * Largest GraphQL request body. A spreadsheet travels base64-encoded inside the mutation
   * (4/3 of its size), so this sits above IMPORT_MAX_FILE_BYTES.
   */
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'a size such as 512kb or 12mb')
    .default('12mb'),
  /** How often the outbox relay looks for events when no NOTIFY woke it. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
});

export type SourcingConfig = z.infer<typeof sourcingConfigSchema>;

export function loadSourcingConfig(source: Record<string, string | undefined> = process.env): SourcingConfig {
  return loadConfig('sourcing-service', sourcingConfigSchema, source);
}
