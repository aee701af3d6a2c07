import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow, pageSize, toConnection } from '@pdv/graphql';
import type { EntityManager } from '@pdv/persistence';
import { listPersonalDataAudit } from './personal-data-audit.queries';
import { PersonalDataAuditEntry, PersonalDataAuditEntryConnection } from './personal-data-audit.type';
import { PERSONAL_DATA_AUDIT_READERS, type PersonalRecordType } from './personal-data.policy';

export interface PersonalDataAuditQueryOptions<C> {
  /** The Query field, distinct per subgraph (each answers for its own records). */
  queryName: string;
  description: string;
  subjectType: PersonalRecordType;
  /** The argument naming the record, e.g. candidateId. */
  subjectArg: string;
  /** How the record is called in messages, e.g. "candidate". */
  subjectLabel: string;
  /** The request's unit of work. */
  entityManager: (ctx: C) => EntityManager;
}

/**
 * The audit-trail query of one service, built per service because the Query field and its
 * argument are named for the service's records. Guarded like any resolver (@Allow).
 */
export function personalDataAuditResolver<C extends object>(options: PersonalDataAuditQueryOptions<C>) {
  @Resolver(() => PersonalDataAuditEntry)
  class PersonalDataAuditResolver {
    @Query(() => PersonalDataAuditEntryConnection, { name: options.queryName, description: options.description })
    @Allow(PERSONAL_DATA_AUDIT_READERS)
    async personalDataAuditLog(
      @Arg(options.subjectArg, () => ID, { nullable: true, description: `Accesses to this ${options.subjectLabel}’s data.` }) subjectId: string | null,
      @Arg('actorId', () => String, { nullable: true, description: 'Accesses by this user.' }) actorId: string | null,
      @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
      @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after: string | null,
      @Ctx() ctx: C,
    ): Promise<InstanceType<typeof PersonalDataAuditEntryConnection>> {
      const size = pageSize(first);
      const filter = { subjectType: options.subjectType, subjectId, actorId, subjectArg: options.subjectArg, subjectLabel: options.subjectLabel };
      const page = await listPersonalDataAudit(options.entityManager(ctx), filter, size, after);
      return toConnection(page.rows, size, page.totalCount, (row) => [row.occurredAt.toISOString(), row.id], (row) =>
        Object.assign(new PersonalDataAuditEntry(), {
          id: row.id,
          at: row.occurredAt,
          actorId: row.actorId,
          actorRole: row.actorRole,
          action: row.action,
          subjectType: row.subjectType,
          subjectId: row.subjectId,
          field: row.field,
          requestId: row.requestId,
        }),
      );
    }
  }
  return PersonalDataAuditResolver;
}
