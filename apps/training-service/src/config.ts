import { z } from 'zod';
import { loadConfig, serviceEnvShape } from '@pdv/config';

/** The training service's settings; the only place that reads process.env. */
export const trainingConfigSchema = z.object({
  ...serviceEnvShape,
  HOST: z.string().default('127.0.0.1'),
  /** 0 picks a free port (integration tests run several services side by side). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  DATABASE_NAME: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('training'),
});

export type TrainingConfig = z.infer<typeof trainingConfigSchema>;

export function loadTrainingConfig(source: Record<string, string | undefined> = process.env): TrainingConfig {
  return loadConfig('training-service', trainingConfigSchema, source);
}
