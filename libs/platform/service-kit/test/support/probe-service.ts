import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { organisationRegistered, SYSTEM_ACTOR } from '@pdv/contracts';
import { eventHandler, EventRecorder, messagingEntities, messagingMigration } from '@pdv/messaging';
import { EntitySchema, Migration, type MigrationObject, type MikroORM } from '@pdv/persistence';
import { GraphQLID, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema } from 'graphql';

/** One row per probe written through GraphQL (`written`) and per event its consumer applied (`applied`). */
export interface ProbeRow {
  id: string;
  kind: 'written' | 'applied';
  eventId: string | null;
}

export const ProbeRowEntity = new EntitySchema<ProbeRow>({
  name: 'ProbeRow',
  tableName: 'probe_row',
  properties: {
    id: { type: 'uuid', primary: true },
    kind: { type: 'text' },
    eventId: { type: 'uuid', fieldName: 'event_id', nullable: true },
  },
});

class ProbeMigration extends Migration {
  override up(): void {
    this.addSql(`create table "probe_row" ("id" uuid primary key, "kind" text not null, "event_id" uuid null);`);
  }
}

export const probeEntities = [...messagingEntities, ProbeRowEntity];
export const probeMigrations: MigrationObject[] = [messagingMigration, { name: 'Migration20260101000001_probe_row', class: ProbeMigration }];

/** A handler that takes its time on events whose code is SLOW, so a test can stop it mid-way. */
export interface ProbeControls {
  slowHandlerMs: number;
  handlerStarted: Set<string>;
  /** Told when a handler starts (the child-process probe logs it for its test to see). */
  onHandlerStarted?: (code: string) => void;
}

export function probeHandlers(controls: ProbeControls) {
  return [
    eventHandler(organisationRegistered, async (envelope, { em }) => {
      controls.handlerStarted.add(envelope.data.code);
      controls.onHandlerStarted?.(envelope.data.code);
      if (envelope.data.code === 'SLOW') await delay(controls.slowHandlerMs);
      em.persist(em.create(ProbeRowEntity, { id: randomUUID(), kind: 'applied', eventId: envelope.id }));
    }),
  ];
}

interface ProbeContext {
  orm: MikroORM;
}

/**
 * The smallest subgraph the runtime can serve: a read (`probes`) and a write (`recordProbe`)
 * that stores a row and records an event in the outbox in one transaction, optionally after a
 * pause so that a stop finds it in flight.
 */
export function probeSchema(ns: string): GraphQLSchema {
  const events = new EventRecorder({ source: 'organisation-service', ns });
  return new GraphQLSchema({
    query: new GraphQLObjectType<unknown, ProbeContext>({
      name: 'Query',
      fields: {
        probes: { type: new GraphQLNonNull(GraphQLInt), resolve: (_source, _args, { orm }) => orm.em.fork().count(ProbeRowEntity, { kind: 'written' }) },
      },
    }),
    mutation: new GraphQLObjectType<unknown, ProbeContext>({
      name: 'Mutation',
      fields: {
        recordProbe: {
          type: new GraphQLNonNull(GraphQLID),
          args: { code: { type: new GraphQLNonNull(GraphQLID) }, pauseMs: { type: GraphQLInt } },
          resolve: async (_source, args: { code: string; pauseMs?: number | null }, { orm }) =>
            orm.em.fork().transactional(async (em) => {
              const id = randomUUID();
              em.persist(em.create(ProbeRowEntity, { id, kind: 'written', eventId: null }));
              await em.flush();
              if (args.pauseMs) await delay(args.pauseMs);
              const data = {
                organisationId: id,
                parentId: null,
                kind: 'PARTY_CELL' as const,
                sector: 'RESIDENTIAL_AREA' as const,
                code: args.code,
                name: 'Chi bộ thử',
                validFrom: '2026-01-01',
              };
              events.recordEvent(em, organisationRegistered, { aggregateId: id, data, actor: SYSTEM_ACTOR });
              return id;
            }),
        },
      },
    }),
  });
}
