import { Client } from 'pg';
import { certificateInvalidated } from '@pdv/contracts';
import { identityOf, raceOnLockedRow, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { dossierReadyForVote } from './support/journey';
import { setUpWard, type TestWard } from './support/ward';

const RESOLVE = 'mutation($input: RecordCellResolutionInput!) { recordCellResolution(input: $input) { id passed } }';

// One harness (service and gateway) for the file's cases: each works on its own dossier.
let h: Harness;
let ward: TestWard;

beforeAll(async () => {
  h = await startHarness('concurrency', { today: '2026-07-15' });
  ward = await setUpWard(h);
}, 90_000);

afterAll(async () => {
  await h?.stop();
});

// Two secretaries' devices record the cell's vote on one dossier at the same moment, through
// the real gateway: the dossier row is held by another transaction until both requests have
// read it, so they truly overlap. One vote is recorded; the other is refused CONFLICT saying
// what changed, and writes nothing.
describe('concurrent votes on one dossier', () => {
  it('records one of two simultaneous votes; the other gets CONFLICT naming the change, and no partial write', async () => {
    const { dossierId } = await dossierReadyForVote(h, ward);
    const secretary = identityOf('CELL_SECRETARY', ward.cell);
    const url = new URL(h.db.serverUrl);
    url.pathname = `/${h.db.dbName}`;
    const holder = new Client({ connectionString: url.toString() });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select id from admission_dossier where id = $1 for update', [dossierId]);
      const vote = (inFavour: number) => h.gql<{ recordCellResolution: { id: string; passed: boolean } }>(secretary, RESOLVE, { input: { dossierId, meetingDate: '2026-07-15', presentMemberIds: ward.officialMembers, inFavour } });
      const both = Promise.all([vote(3), vote(2)]);
      // Both requests have read the dossier and wait on its lock.
      await waitForLockWaiters(holder, 2);
      await holder.query('commit');
      const results = await both;
      const recorded = results.filter((result) => !result.errors);
      const refused = results.filter((result) => result.errors);
      expect(recorded).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0].errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(refused[0].errors?.[0]?.message).toContain('from OPEN to CELL_RESOLVED');
      expect(refused[0].errors?.[0]?.extensions?.details).toMatchObject({ statusBefore: 'OPEN', statusNow: 'CELL_RESOLVED', votesBefore: 0, votesNow: 1 });
    } finally {
      await holder.end();
    }
    expect(await h.sql('select id from cell_resolution where dossier_id = ?', [dossierId])).toHaveLength(1);
    expect(await h.sql<{ status: string }>('select status from admission_dossier where id = ?', [dossierId])).toEqual([{ status: 'CELL_RESOLVED' }]);
    expect(await h.sql("select id from outbox_event where aggregate_id = ? and type like 'admission.cell-resolution.%'", [dossierId])).toHaveLength(1);
  }, 60_000);
});

// Issue 11: training invalidates a candidate's awareness certificate while the cell's vote on
// that candidate reads it. The certificate row is held until the vote and the invalidation
// both queue for it, in a chosen order, so they truly overlap; whichever comes first wins, and
// never is a vote counted on a certificate the service already knew invalid.
describe('a certificate invalidated while a vote reads it', () => {
  /** Both queue for the certificate, `first` first; answers the vote and what the service then holds. */
  async function race(first: 'VOTE' | 'INVALIDATION') {
    const { candidateId, dossierId } = await dossierReadyForVote(h, ward);
    const [certificate] = await h.sql<{ id: string }>("select id from certificate_facts where candidate_id = ? and course_kind = 'AWARENESS'", [candidateId]);
    const vote = () =>
      h.gql<{ recordCellResolution: { passed: boolean } }>(identityOf('CELL_SECRETARY', ward.cell), RESOLVE, {
        input: { dossierId, meetingDate: '2026-07-15', presentMemberIds: ward.officialMembers, inFavour: 3 },
      });
    const invalidate = () =>
      h.publish(certificateInvalidated, candidateId, { certificateId: certificate.id, courseKind: 'AWARENESS', candidateId, memberId: null, invalidatedOn: '2026-07-15' });
    const answer = await raceOnLockedRow(h.db, 'select 1 from certificate_facts where id = $1 for update', [certificate.id], 2, async () => {
      if (first === 'VOTE') {
        const voted = vote();
        await lockWaiters(h, 1);
        await invalidate();
        return voted;
      }
      await invalidate();
      await lockWaiters(h, 1);
      return vote();
    });
    await waitFor(async () => (await h.sql("select id from certificate_facts where id = ? and invalidated_on = '2026-07-15'", [certificate.id])).length === 1, { what: 'the invalidation applied' });
    return {
      answer,
      resolutions: await h.sql<{ passed: boolean }>('select passed from cell_resolution where dossier_id = ?', [dossierId]),
      keptAgainstDossier: await h.sql<{ meetingDate: string }>(`select to_char(meeting_date, 'YYYY-MM-DD') as "meetingDate" from certificate_invalidated_after_vote where dossier_id = ? and certificate_id = ?`, [dossierId, certificate.id]),
    };
  }

  it('refuses the vote ADMISSION.CERTIFICATE_VALID when the invalidation holds the certificate first, writing nothing', async () => {
    const { answer, resolutions, keptAgainstDossier } = await race('INVALIDATION');
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ADMISSION.CERTIFICATE_VALID' });
    expect(resolutions).toEqual([]);
    expect(keptAgainstDossier).toEqual([]);
  }, 60_000);

  it('records the vote that held the certificate first, and keeps the invalidation that waited for it against the dossier', async () => {
    const { answer, resolutions, keptAgainstDossier } = await race('VOTE');
    expect(answer.errors).toBeUndefined();
    expect(resolutions).toEqual([{ passed: true }]);
    expect(keptAgainstDossier).toEqual([{ meetingDate: '2026-07-15' }]);
  }, 60_000);
});

/** Waits until `count` sessions of the suite's database wait on a lock. */
async function lockWaiters(h: Harness, count: number): Promise<void> {
  await waitFor(
    async () => {
      const [{ waiting }] = await h.sql<{ waiting: string }>(
        "select count(*) as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and backend_type = 'client backend'",
      );
      return Number(waiting) >= count;
    },
    { what: `${count} session(s) waiting on the certificate` },
  );
}

/** Waits until `count` other sessions of the suite's database wait on a lock (the holder's row lock: nothing else locks here). */
async function waitForLockWaiters(holder: Client, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await holder.query<{ waiting: string }>(
      `select count(*) as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
    );
    if (Number(rows[0].waiting) >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${rows[0].waiting} of ${count} requests came to wait on the dossier`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
