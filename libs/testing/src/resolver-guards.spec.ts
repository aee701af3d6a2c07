import 'reflect-metadata';
import { Allow, buildSubgraph } from '@pdv/graphql';
import { Arg, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { expectEveryResolverGuarded } from './resolver-guards';

@ObjectType({ description: 'A member.' })
class Person {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@Resolver()
class GuardedResolver {
  @Query(() => Person, { nullable: true, description: 'One person.' })
  @Allow(['PARTY_BUILDING_BOARD', 'MASS_ORG_STAFF'], { arg: 'organisationId', kind: 'organisation' })
  person(@Arg('id', () => ID) _id: string): Person | null {
    return null;
  }
}

@Resolver()
class OpenResolver {
  @Query(() => Boolean, { description: 'Anyone may ask.' })
  open(): boolean {
    return true;
  }
}

describe('expectEveryResolverGuarded', () => {
  it('lists the unguarded resolver, the missing scope argument, the restricted grant and the missing entity', async () => {
    const { schema } = await buildSubgraph({ resolvers: [GuardedResolver, OpenResolver] });
    let failure: unknown;
    try {
      await expectEveryResolverGuarded({
        schema,
        resolvers: [GuardedResolver, OpenResolver],
        entities: ['Person'],
        mustFind: ['GuardedResolver.person', 'GuardedResolver.people'],
        restricted: { types: ['Person'], roles: ['MASS_ORG_STAFF'] },
      });
    } catch (error) {
      failure = error;
    }
    const message = String((failure as Error | undefined)?.message);
    for (const expected of ['GuardedResolver.people', 'Query OpenResolver.open', 'GuardedResolver.person: organisationId', 'missing Person']) {
      expect(message).toContain(expected);
    }
  });
});
