import { EntitySchema, type EntityManager } from '@pdv/persistence';
import type { EventHandler } from '@pdv/messaging';

/** One row: how many changes the read model has taken (events applied, targets set). */
export interface ReadModelVersionRow {
  id: number;
  version: string;
}

export const ReadModelVersionEntity = new EntitySchema<ReadModelVersionRow>({
  name: 'ReadModelVersionRow',
  tableName: 'read_model_version',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    version: { type: 'bigint' },
  },
});

/** Counts one change, in the transaction that makes it (so a reader never sees the change without the new version). */
export async function bumpReadModelVersion(em: EntityManager): Promise<void> {
  await em.execute('update read_model_version set version = version + 1 where id = 1');
}

export async function readModelVersion(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ version: string }[]>('select version::text as version from read_model_version where id = 1');
  return row?.version ?? '0';
}

/** The same handlers, each bumping the version after it applied its event (in the consumer's transaction). */
export function bumpingReadModelVersion(handlers: readonly EventHandler<never>[]): EventHandler<never>[] {
  return handlers.map((h) => ({
    contract: h.contract,
    async handle(envelope, context) {
      await h.handle(envelope, context);
      await bumpReadModelVersion(context.em);
    },
  }));
}

/**
 * The ward's evaluations already made, by period, day and read-model version: the dashboard
 * is read far more often than events arrive, so between two changes it is evaluated once. One
 * per running service (several instances each keep their own; the version keeps them right).
 */
export class EvaluationCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly capacity = 32) {}

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = await compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    return value;
  }
}
