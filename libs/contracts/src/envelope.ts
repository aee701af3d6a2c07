import { z } from 'zod';

/**
 * Who caused an event: the verified subject of the request (an opaque user id, never a
 * name) and the role they acted in, or the system itself (relays, consumers, seeds).
 */
export const actorSchema = z.object({
  kind: z.enum(['USER', 'SYSTEM']),
  id: z.string().min(1).max(200),
  role: z.string().max(64).nullable(),
});
export type Actor = z.infer<typeof actorSchema>;

export const SYSTEM_ACTOR: Actor = { kind: 'SYSTEM', id: 'system', role: null };

/** The envelope every event travels in. `id` is also the JetStream `Nats-Msg-Id`. */
export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z]+\.[a-z-]+\.[a-z-]+$/, 'type is <service>.<aggregate>.<past-verb>'),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  source: z.string().min(1),
  aggregateId: z.string().min(1),
  actor: actorSchema,
  traceparent: z.string().nullable(),
  data: z.unknown(),
});

export interface EventEnvelope<TData = unknown> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  source: string;
  aggregateId: string;
  actor: Actor;
  traceparent: string | null;
  data: TData;
}

/** The five streams, one per owning service. */
export const STREAMS = {
  ORGANISATION: 'organisation',
  SOURCING: 'sourcing',
  TRAINING: 'training',
  ADMISSION: 'admission',
  EVALUATION: 'evaluation',
} as const;
export type StreamName = keyof typeof STREAMS;
