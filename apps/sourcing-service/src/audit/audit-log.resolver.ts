import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow, pageSize, toConnection } from '@pdv/graphql';
import type { SourcingContext } from '../context';
import { AUDIT_READERS } from '../shared/access';
import { PersonalDataAccess, PersonalDataAccessConnection } from './audit-log.type';

@Resolver(() => PersonalDataAccess)
export class AuditLogResolver {
  @Query(() => PersonalDataAccessConnection, {
    description: 'Who read or collected a candidate’s personal data (or what one user accessed), newest first: the Decree 13/2023 access record.',
  })
  @Allow(AUDIT_READERS)
  async personalDataAccessLog(
    @Arg('candidateId', () => ID, { nullable: true, description: 'Accesses to this candidate’s data.' }) candidateId: string | null,
    @Arg('actorId', () => String, { nullable: true, description: 'Accesses by this user.' }) actorId: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after: string | null,
    @Ctx() ctx: SourcingContext,
  ): Promise<InstanceType<typeof PersonalDataAccessConnection>> {
    const size = pageSize(first);
    const page = await ctx.services.auditLog.list({ candidateId, actorId }, size, after);
    return toConnection(page.rows, size, page.totalCount, (row) => [row.at.toISOString(), row.id], (row) =>
      Object.assign(new PersonalDataAccess(), {
        id: row.id,
        at: row.at,
        actorId: row.actorId,
        actorRole: row.actorRole,
        action: row.action,
        candidateId: row.subjectId,
        field: row.field,
        requestId: row.requestId,
      }),
    );
  }
}
