import { z } from 'zod';
import { loadConfig, serviceEnvShape } from '@pdv/config';

/** The evaluation service's settings; the only place that reads process.env. */
export const evaluationConfigSchema = z.object({
  ...serviceEnvShape,
  HOST: z.string().default('127.0.0.1'),
  /** 0 picks a free port (integration tests run several services side by side). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4005),
  DATABASE_NAME: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('evaluation'),
});

export type EvaluationConfig = z.infer<typeof evaluationConfigSchema>;

export function loadEvaluationConfig(source: Record<string, string | undefined> = process.env): EvaluationConfig {
  return loadConfig('evaluation-service', evaluationConfigSchema, source);
}
