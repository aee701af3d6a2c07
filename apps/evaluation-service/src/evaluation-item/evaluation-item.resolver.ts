import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '@pdv/errors';
import { Allow, decodeCursor, pageSize, toConnection } from '@pdv/graphql';
import { ITEM_EDITORS, ITEM_READERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { RegisterEvaluationItemInput } from './evaluation-item.input';
import { toEvaluationItem } from './evaluation-item.mapper';
import { parseRegisterEvaluationItem } from './evaluation-item.parse';
import { EvaluationItem, EvaluationItemConnection } from './evaluation-item.type';

@ArgsType()
class EvaluationItemsArgs {
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
@Resolver(() => EvaluationItem)
export class EvaluationItemResolver {
  @Query(() => EvaluationItem, { nullable: true, description: 'One item of the register; null if there is none.' })
  @Allow(ITEM_READERS)
  async evaluationItem(@Arg('id', () => ID, { description: 'The item (the ID scalar refuses anything but a UUID).' }) id: string, @Ctx() ctx: EvaluationContext): Promise<EvaluationItem | null> {
    const row = await ctx.services.items.get(id);
    return row ? toEvaluationItem(row) : null;
  }

  @Query(() => EvaluationItemConnection, { description: 'The items of the register, in code order.' })
  @Allow(ITEM_READERS)
  async evaluationItems(@Args(() => EvaluationItemsArgs) args: EvaluationItemsArgs, @Ctx() ctx: EvaluationContext): Promise<InstanceType<typeof EvaluationItemConnection>> {
    const first = pageSize(args.first);
    const page = await ctx.services.items.list(afterOf(args.after), first + 1);
    return toConnection(page.rows, first, page.totalCount, (row) => [row.code, row.id], toEvaluationItem);
  }

  @Mutation(() => EvaluationItem, { description: 'Registers an item, effective from a date; its code is unique in the register.' })
  @Allow(ITEM_EDITORS)
  async registerEvaluationItem(
    @Arg('input', () => RegisterEvaluationItemInput, { description: 'Code, title and effective date.' }) input: RegisterEvaluationItemInput,
    @Ctx() ctx: EvaluationContext,
  ): Promise<EvaluationItem> {
    return toEvaluationItem(await ctx.services.items.register(parseRegisterEvaluationItem(input)));
  }
}
