import type DataLoader from 'dataloader';
import { createByIdLoader } from '@pdv/graphql';
import type { EntityManager } from '@pdv/persistence';
import { type OrganisationVersionView, findVersionsAsOf } from './organisation/organisation.queries';

/** Per-request batch loaders: one query for many ids (reference resolvers, nested fields). */
export interface OrganisationLoaders {
  /** Organisations as they are today, by id. */
  organisationToday(today: string): DataLoader<string, OrganisationVersionView | null>;
}

export function createLoaders(em: EntityManager): OrganisationLoaders {
  const byDate = new Map<string, DataLoader<string, OrganisationVersionView | null>>();
  return {
    organisationToday(today) {
      let loader = byDate.get(today);
      if (!loader) {
        loader = createByIdLoader((ids) => findVersionsAsOf(em, ids, today));
        byDate.set(today, loader);
      }
      return loader;
    },
  };
}
