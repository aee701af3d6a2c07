import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Allow, decodeCursor, pageSize, toConnection } from '@pdv/graphql';
import { DOSSIER_HANDLERS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import { OrganisationStub } from '../organisation/organisation.stub';
import { AdmissionDeadline, AdmissionDeadlineConnection, type DeadlineQueueState, DeadlineQueueStateEnum } from './deadline.type';
import type { DeadlineItem } from './deadline.service';

const cursorOf = (item: DeadlineItem) => [item.dueOn, item.dossierId];

/** The field this subgraph adds to the organisation service's `Organisation` (batched over an `_entities` page). */
@Resolver(() => OrganisationStub)
export class OrganisationDeadlinesResolver {
  @FieldResolver(() => AdmissionDeadlineConnection, {
    description:
      'The overdue or due-soon admission deadlines of the dossiers of this organisation and the cells under it, most urgent first: which deadline, its due date, and by how many working days late or left, on the board’s working-day calendar (from the admission service).',
  })
  @Allow(DOSSIER_HANDLERS)
  async deadlines(
    @Root() organisation: OrganisationStub,
    @Arg('state', () => DeadlineQueueStateEnum, { description: 'Which queue.' }) state: DeadlineQueueState,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (20 by default).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the page before.' }) after: string | null,
    @Ctx() ctx: AdmissionContext,
  ): Promise<InstanceType<typeof AdmissionDeadlineConnection>> {
    const size = pageSize(first);
    const from = decodeCursor(after, 2);
    const queue = await ctx.services.deadlines.queueOf(organisation.id, state);
    const rest = from ? queue.filter((item) => item.dueOn > String(from[0]) || (item.dueOn === String(from[0]) && item.dossierId > String(from[1]))) : queue;
    return Object.assign(new AdmissionDeadlineConnection(), toConnection(rest.slice(0, size + 1), size, queue.length, cursorOf, (item) => Object.assign(new AdmissionDeadline(), item)));
  }
}
