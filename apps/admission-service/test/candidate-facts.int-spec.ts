import { randomUUID } from 'node:crypto';
import { candidateAccepted, candidateCellChanged, candidateWithdrawn, certificateInvalidated, certificateIssued, certificateReissued } from '@pdv/contracts';
import { waitFor } from '@pdv/testing';
import { candidateCertificates, findCandidateFacts } from '../src/candidate-facts/candidate-facts.queries';
import { type Harness, startHarness } from './support/harness';

// The candidates and certificates the admission rules read, kept from sourcing's and
// training's events over real NATS: a repeat changes nothing, a late older event neither.
describe('candidate and certificate facts from sourcing and training', () => {
  let h: Harness;
  const em = () => h.service.orm.em.fork();

  beforeAll(async () => {
    h = await startHarness('candidate facts');
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('keeps the cell of an accepted candidate, follows a cell change and ignores an older one arriving late', async () => {
    const candidateId = randomUUID();
    const [cellA, cellB] = [randomUUID(), randomUUID()];
    const accepted = await h.publish(candidateAccepted, candidateId, { candidateId, cellId: cellA, acceptedOn: '2026-03-02' }, { occurredAt: new Date('2026-03-02T03:00:00Z') });
    await h.publish(candidateAccepted, candidateId, accepted.data, { id: accepted.id, occurredAt: new Date(accepted.occurredAt) });
    await h.publish(candidateCellChanged, candidateId, { candidateId, fromCellId: cellA, toCellId: cellB, cause: 'CELL_MERGED', changedOn: '2026-05-04' }, { occurredAt: new Date('2026-05-04T03:00:00Z') });
    await waitFor(async () => (await findCandidateFacts(em(), candidateId))?.cellId === cellB, { what: 'the candidate in the merged cell' });

    // An acceptance older than the merge, delivered late (another id): the merge stands.
    await h.publish(candidateAccepted, candidateId, { candidateId, cellId: cellA, acceptedOn: '2026-03-01' }, { occurredAt: new Date('2026-03-01T03:00:00Z') });
    await h.publish(candidateWithdrawn, candidateId, { candidateId, reason: 'MOVED_AWAY', withdrawnOn: '2026-06-01' }, { occurredAt: new Date('2026-06-01T03:00:00Z') });
    await waitFor(async () => (await findCandidateFacts(em(), candidateId))?.withdrawnOn === '2026-06-01', { what: 'the withdrawal' });
    expect(await findCandidateFacts(em(), candidateId)).toMatchObject({ id: candidateId, cellId: cellB, acceptedOn: '2026-03-02', withdrawnOn: '2026-06-01' });
  });

  it('keeps each certificate once, by course kind', async () => {
    const candidateId = randomUUID();
    const awareness = { certificateId: randomUUID(), courseKind: 'AWARENESS' as const, candidateId, memberId: null, issuedOn: '2026-04-10', validUntil: '2031-04-09' };
    await h.publish(certificateIssued, awareness.certificateId, awareness);
    await h.publish(certificateIssued, awareness.certificateId, awareness);
    await h.publish(certificateIssued, randomUUID(), { ...awareness, certificateId: randomUUID(), courseKind: 'NEW_MEMBER', candidateId: null, memberId: randomUUID() });
    await waitFor(async () => (await h.sql<{ count: string }>('select count(*) as count from certificate_facts'))[0].count === '2', { what: 'both certificates' });
    expect(await candidateCertificates(em(), candidateId, 'AWARENESS')).toEqual([{ certificateId: awareness.certificateId, issuedOn: '2026-04-10', validUntil: '2031-04-09' }]);
    expect(await candidateCertificates(em(), candidateId, 'NEW_MEMBER')).toEqual([]);
  });

  it('follows a certificate’s correction and invalidation: it counts until the day before it was invalidated', async () => {
    const candidateId = randomUUID();
    const certificate = { certificateId: randomUUID(), courseKind: 'AWARENESS' as const, candidateId, memberId: null, issuedOn: '2026-04-10', validUntil: '2031-04-09' };
    await h.publish(certificateIssued, certificate.certificateId, certificate);
    await h.publish(certificateReissued, certificate.certificateId, { ...certificate, previousIssuedOn: '2026-04-10', issuedOn: '2026-04-03', validUntil: '2031-04-02' });
    await h.publish(certificateInvalidated, certificate.certificateId, { certificateId: certificate.certificateId, courseKind: 'AWARENESS', candidateId, memberId: null, invalidatedOn: '2026-07-15' });
    await waitFor(async () => (await h.sql<{ invalidated_on: string | null }>('select invalidated_on from certificate_facts where id = ?', [certificate.certificateId]))[0]?.invalidated_on != null, { what: 'the invalidation' });
    expect(await candidateCertificates(em(), candidateId, 'AWARENESS')).toEqual([{ certificateId: certificate.certificateId, issuedOn: '2026-04-03', validUntil: '2026-07-14' }]);
  });
});
