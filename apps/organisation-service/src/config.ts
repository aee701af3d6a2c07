import { z } from 'zod';
import { loadConfig, serviceEnvShape } from '@pdv/config';

/** The organisation service's settings; the only place that reads process.env. */
export const organisationConfigSchema = z.object({
  ...serviceEnvShape,
  HOST: z.string().default('127.0.0.1'),
  /** 0 picks a free port (integration tests run several services side by side). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  DATABASE_NAME: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('organisation'),
});

export type OrganisationConfig = z.infer<typeof organisationConfigSchema>;

export function loadOrganisationConfig(source: Record<string, string | undefined> = process.env): OrganisationConfig {
  return loadConfig('organisation-service', organisationConfigSchema, source);
}
