import { randomUUID } from 'node:crypto';
import { candidateAccepted, certificateIssued } from '@pdv/contracts';
import { countStatements, identityOf, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { ok } from './support/journey';
import { setUpWard, type TestWard } from './support/ward';

const DOSSIERS = `query($r: [_Any!]!, $first: Int!) { _entities(representations: $r) { ... on Organisation {
  dossiers(first: $first) { totalCount edges { node { id status documents { kind date } introductions { id } personalHistoryRecorded verifications { id } } } } } } }`;
const OPEN = 'mutation($input: OpenAdmissionDossierInput!) { openAdmissionDossier(input: $input) { id } }';
const RECORD = 'mutation($input: RecordDossierDocumentInput!) { recordDossierDocument(input: $input) { id } }';

/**
 * `Organisation.dossiers` answers a page with its papers, introductions, personal-history flags
 * and verifications in a bounded number of statements: the same count for a page of 5 and a
 * page of 100. A field read per dossier makes the counts differ.
 */
describe('statements for a page of Organisation.dossiers do not grow with its size', () => {
  let h: Harness;
  let ward: TestWard;

  beforeAll(async () => {
    h = await startHarness('statement count', { today: '2026-07-15' });
    ward = await setUpWard(h);
    const candidates = Array.from({ length: 100 }, () => randomUUID());
    for (const candidateId of candidates) {
      await h.publish(candidateAccepted, candidateId, { candidateId, cellId: ward.cell, acceptedOn: '2026-01-12' });
      await h.publish(certificateIssued, candidateId, { certificateId: randomUUID(), courseKind: 'AWARENESS', candidateId, memberId: null, issuedOn: '2025-06-01', validUntil: '2030-05-31' });
    }
    await waitFor(async () => Number((await h.sql<{ n: string }>('select count(*) as n from certificate_facts'))[0].n) === 100 && Number((await h.sql<{ n: string }>('select count(*) as n from candidate_facts'))[0].n) === 100, {
      what: 'the hundred candidates and their certificates',
    });
    const secretary = identityOf('CELL_SECRETARY', ward.cell);
    for (const candidateId of candidates) {
      const { id: dossierId } = await ok<{ id: string }>(h, secretary, OPEN, { candidateId });
      await ok(h, secretary, RECORD, { dossierId, kind: 'APPLICATION_LETTER', date: '2026-06-01' });
    }
  }, 300_000);

  afterAll(async () => {
    await h?.stop();
  });

  it.each<[string, () => ReturnType<typeof identityOf>, () => string]>([
    ['the board, the ward', () => identityOf('PARTY_BUILDING_BOARD'), () => ward.ward],
    ['a cell secretary, their cell', () => identityOf('CELL_SECRETARY', ward.cell), () => ward.cell],
  ])('%s: as many statements for 5 as for 100', async (_case, identity, organisationId) => {
    const page = async (first: number) =>
      countStatements(async () => {
        const response = await h.gqlSubgraph<{ _entities: { dossiers: { totalCount: number; edges: { node: { documents: unknown[] } }[] } }[] }>(identity(), DOSSIERS, {
          r: [{ __typename: 'Organisation', id: organisationId() }],
          first,
        });
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        return response.data!._entities[0].dossiers;
      });
    const five = await page(5);
    const hundred = await page(100);
    expect([five.result.edges.length, hundred.result.edges.length, hundred.result.totalCount]).toEqual([5, 100, 100]);
    expect(hundred.result.edges.every((edge) => edge.node.documents.length === 1)).toBe(true);
    expect(hundred.count).toBe(five.count);
  });
});
