import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ROLE_GROUPS } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { Allow, LocalDateScalar } from '@pdv/graphql';
import { localDateInVietnam } from '@pdv/service-kit';
import type { OrganisationContext } from '../context';
import { findVersionsAsOf } from './organisation.queries';
import { toOrganisation } from './organisation.mapper';
import { Organisation } from './organisation.type';

/** Roles that may read the organisation tree (its shape is not secret inside the ward). */
export const ORGANISATION_READERS = [...ROLE_GROUPS.wardReaders, 'CELL_SECRETARY', 'TRAINING_CENTRE', 'MASS_ORG_STAFF'] as const;

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation as it was on `asOf` (default: today in Hanoi); null if it did not exist then.',
  })
  @Allow(ORGANISATION_READERS)
  async organisation(
    @Arg('id', () => ID) id: string,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: OrganisationContext,
  ): Promise<Organisation | null> {
    const date = asOf ?? localDateInVietnam(ctx.clock.now());
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.badInput('id is not an organisation id.', [{ field: 'id', message: 'must be a UUID' }]);
    const [view] = await findVersionsAsOf(ctx.em, [id], date);
    return view ? toOrganisation(view, date) : null;
  }
}
