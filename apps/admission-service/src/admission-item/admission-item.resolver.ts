import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AppError } from '@pdv/errors';
import { Allow, decodeCursor, pageSize, toConnection } from '@pdv/graphql';
import { ITEM_EDITORS, ITEM_READERS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import { RegisterAdmissionItemInput } from './admission-item.input';
import { toAdmissionItem } from './admission-item.mapper';
import { parseRegisterAdmissionItem } from './admission-item.parse';
import { AdmissionItem, AdmissionItemConnection } from './admission-item.type';

@ArgsType()
class AdmissionItemsArgs {
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
@Resolver(() => AdmissionItem)
export class AdmissionItemResolver {
  @Query(() => AdmissionItem, { nullable: true, description: 'One item of the register; null if there is none.' })
  @Allow(ITEM_READERS)
  async admissionItem(@Arg('id', () => ID, { description: 'The item (the ID scalar refuses anything but a UUID).' }) id: string, @Ctx() ctx: AdmissionContext): Promise<AdmissionItem | null> {
    const row = await ctx.services.items.get(id);
    return row ? toAdmissionItem(row) : null;
  }

  @Query(() => AdmissionItemConnection, { description: 'The items of the register, in code order.' })
  @Allow(ITEM_READERS)
  async admissionItems(@Args(() => AdmissionItemsArgs) args: AdmissionItemsArgs, @Ctx() ctx: AdmissionContext): Promise<InstanceType<typeof AdmissionItemConnection>> {
    const first = pageSize(args.first);
    const page = await ctx.services.items.list(afterOf(args.after), first + 1);
    return toConnection(page.rows, first, page.totalCount, (row) => [row.code, row.id], toAdmissionItem);
  }

  @Mutation(() => AdmissionItem, { description: 'Registers an item, effective from a date; its code is unique in the register.' })
  @Allow(ITEM_EDITORS)
  async registerAdmissionItem(
    @Arg('input', () => RegisterAdmissionItemInput, { description: 'Code, title and effective date.' }) input: RegisterAdmissionItemInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionItem> {
    return toAdmissionItem(await ctx.services.items.register(parseRegisterAdmissionItem(input)));
  }
}
