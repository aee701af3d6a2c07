import { randomUUID } from 'node:crypto';
import { candidateAccepted } from '@pdv/contracts';
import { countStatements, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { announceOrganisation, APPROVE, NOMINATE, ok, openCourse, registerInstitution, session, setUpWorld, type TrainingWorld } from './support/world';

/**
 * Every field an `_entities` page can ask for per item is answered for the whole page in a
 * bounded number of statements: the same count at 5 and at 100 keys, in a tree of depth 2 and
 * of depth 5. A field that reads per key (or walks the tree per key) makes the counts differ.
 */

const ORGANISATIONS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Organisation {
      trainingStats(year: 2026) { year kinds { kind nominated approved trained } }
      nominations(year: 2026) { id status course { id title } certificate { number } attendance { mark } }
    }
  }
}`;

const CANDIDATES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Candidate { enrolments { id status course { kind } } awarenessCertificate(validOn: "2026-09-20") { number validUntil } }
  }
}`;

const MEMBERS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on PartyMember { newMemberCertificate { number } } }
}`;

interface Tree {
  organisations: string[];
  cells: string[];
}

describe('statements per _entities page do not grow with the page size or the tree’s depth', () => {
  let h: Harness;
  let world: TrainingWorld;
  const trees: Record<number, Tree> = {};
  const candidates: string[] = [];

  async function announceTree(depth: number, code: string): Promise<Tree> {
    const chain = Array.from({ length: depth - 1 }, () => randomUUID());
    const cells = Array.from({ length: 100 }, () => randomUUID());
    for (const [level, id] of chain.entries()) {
      await announceOrganisation(h, id, level === 0 ? null : chain[level - 1], level === 0 ? 'WARD_COMMITTEE' : 'GRASSROOTS_COMMITTEE', `${code}-${level}`);
    }
    for (const [index, id] of cells.entries()) await announceOrganisation(h, id, chain.at(-1)!, 'PARTY_CELL', `${code}-CB-${index}`);
    await waitFor(
      async () => {
        const [row] = await h.sql<{ known: string }>('select count(*) as known from org_read_model_closure where ancestor_id = ?::uuid', [chain[0]]);
        return Number(row.known) === chain.length + cells.length;
      },
      { what: `the read model to hold the tree of depth ${depth}` },
    );
    return { organisations: [...chain, ...cells], cells };
  }

  beforeAll(async () => {
    h = await startHarness('statement count', { today: '2026-09-01' });
    world = await setUpWorld(h, { poolSize: 1 });
    const institutionId = await registerInstitution(h, world);
    const course = await openCourse(h, world, { institutionId, capacity: 100, sessions: [session('2026-09-10')] });
    for (const depth of [2, 5]) {
      trees[depth] = await announceTree(depth, `D${depth}`);
      // Nominations and places in a few cells of each tree, so every list field has rows.
      for (const cellId of trees[depth].cells.slice(0, 4)) {
        const candidateId = randomUUID();
        candidates.push(candidateId);
        await h.publish(candidateAccepted, candidateId, { candidateId, cellId, acceptedOn: '2026-03-02' });
        await waitFor(async () => (await h.sql('select 1 from candidate_read_model where id = ?::uuid', [candidateId])).length === 1, { what: 'the candidate' });
        const nominated = await ok<{ nominate: { id: string } }>(h, { userId: 'secretary', role: 'CELL_SECRETARY', scopeId: cellId }, NOMINATE, { input: { courseId: course.id, candidateId } });
        await ok(h, world.who.board, APPROVE, { id: nominated.nominate.id });
      }
    }
  }, 180_000);

  afterAll(async () => {
    await h?.stop();
  });

  async function statementsFor(query: string, typename: string, ids: string[]) {
    const { result, count, statements } = await countStatements(() => h.gqlSubgraph(world.who.board, query, { representations: ids.map((id) => ({ __typename: typename, id })) }));
    expect(result.errors).toBeUndefined();
    expect((result.data as { _entities: unknown[] })._entities).toHaveLength(ids.length);
    return { count, statements };
  }

  it('Organisation.trainingStats and nominations: the same count at 5 and 100 organisations, depth 2 and 5', async () => {
    const counts: Record<string, number> = {};
    for (const depth of [2, 5]) {
      for (const size of [5, 100]) counts[`depth ${depth}, ${size}`] = (await statementsFor(ORGANISATIONS, 'Organisation', trees[depth].organisations.slice(0, size))).count;
    }
    expect(new Set(Object.values(counts)).size).toBe(1);
  });

  it('Candidate.enrolments and awarenessCertificate, PartyMember.newMemberCertificate: the same count at 2 and 8 keys', async () => {
    expect((await statementsFor(CANDIDATES, 'Candidate', candidates.slice(0, 2))).count).toBe((await statementsFor(CANDIDATES, 'Candidate', candidates)).count);
    const members = Array.from({ length: 8 }, () => randomUUID());
    expect((await statementsFor(MEMBERS, 'PartyMember', members.slice(0, 2))).count).toBe((await statementsFor(MEMBERS, 'PartyMember', members)).count);
  });

  it('answers each subtree’s figures', async () => {
    const root = trees[5].organisations[0];
    const result = await h.gqlSubgraph<{ _entities: { trainingStats: { kinds: { kind: string; nominated: number; approved: number }[] }; nominations: unknown[] }[] }>(world.who.board, ORGANISATIONS, {
      representations: [root, trees[5].cells[0], trees[5].cells[99]].map((id) => ({ __typename: 'Organisation', id })),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((entity) => [entity.trainingStats.kinds[0], entity.nominations.length])).toEqual([
      [{ kind: 'AWARENESS', nominated: 4, approved: 4, trained: 0 }, 4],
      [{ kind: 'AWARENESS', nominated: 1, approved: 1, trained: 0 }, 1],
      [{ kind: 'AWARENESS', nominated: 0, approved: 0, trained: 0 }, 0],
    ]);
  });
});
