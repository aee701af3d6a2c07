import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '@pdv/errors';
import { Allow, decodeCursor, pageSize, toConnection } from '@pdv/graphql';
import { INSTITUTION_EDITORS, INSTITUTION_READERS } from '../common/permissions';
import type { TrainingContext } from '../context';
import { RegisterInstitutionInput } from './institution.input';
import { toInstitution } from './institution.mapper';
import { parseRegisterInstitution } from './institution.parse';
import { Institution, InstitutionConnection } from './institution.type';

@ArgsType()
class InstitutionsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The keyset [code, id] of a cursor from this list; anything else is BAD_USER_INPUT, never a database error. */
function afterOf(cursor: string | null | undefined): [string, string] | null {
  const values = decodeCursor(cursor, 2);
  if (values === null) return null;
  const [code, id] = values;
  if (typeof code !== 'string' || typeof id !== 'string' || !UUID.test(id)) {
    throw AppError.badInput('after is not a cursor from this list; start again without it.', [{ field: 'after', message: 'is not a valid cursor' }]);
  }
  return [code, id];
}

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => Institution, { nullable: true, description: 'One institution; null if there is none.' })
  @Allow(INSTITUTION_READERS)
  async institution(@Arg('id', () => ID, { description: 'The institution (the ID scalar refuses anything but a UUID).' }) id: string, @Ctx() ctx: TrainingContext): Promise<Institution | null> {
    const row = await ctx.services.institutions.get(id);
    return row ? toInstitution(row) : null;
  }

  @Query(() => InstitutionConnection, { description: 'The institutions that run courses, in code order.' })
  @Allow(INSTITUTION_READERS)
  async institutions(@Args(() => InstitutionsArgs) args: InstitutionsArgs, @Ctx() ctx: TrainingContext): Promise<InstanceType<typeof InstitutionConnection>> {
    const first = pageSize(args.first);
    const page = await ctx.services.institutions.list(afterOf(args.after), first + 1);
    return toConnection(page.rows, first, page.totalCount, (row) => [row.code, row.id], toInstitution);
  }

  @Mutation(() => Institution, { description: 'Registers an institution that runs courses; its code is unique.' })
  @Allow(INSTITUTION_EDITORS)
  async registerInstitution(
    @Arg('input', () => RegisterInstitutionInput, { description: 'Code and name.' }) input: RegisterInstitutionInput,
    @Ctx() ctx: TrainingContext,
  ): Promise<Institution> {
    return toInstitution(await ctx.services.institutions.register(parseRegisterInstitution(input)));
  }
}
