import { z } from 'zod';
import { loadConfig, serviceEnvShape } from '@pdv/config';

/** The admission service's settings; the only place that reads process.env. */
export const admissionConfigSchema = z.object({
  ...serviceEnvShape,
  HOST: z.string().default('127.0.0.1'),
  /** 0 picks a free port (integration tests run several services side by side). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  DATABASE_NAME: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('admission'),
});

export type AdmissionConfig = z.infer<typeof admissionConfigSchema>;

export function loadAdmissionConfig(source: Record<string, string | undefined> = process.env): AdmissionConfig {
  return loadConfig('admission-service', admissionConfigSchema, source);
}
