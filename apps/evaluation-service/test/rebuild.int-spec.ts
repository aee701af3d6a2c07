import { randomUUID } from 'node:crypto';
import {
  admissionCeremonyHeld,
  admissionDeadlineOverdue,
  candidateAccepted,
  candidateWithdrawn,
  certificateIssued,
  dossierOpened,
  enrolmentNominated,
  memberRegistered,
  officialRecognitionGranted,
  quotaSet,
  referralSubmitted,
  supervisionAssigned,
  supervisionEnded,
  targetExemptionSet,
} from '@pdv/contracts';
import { dropDatabase, openOrm } from '@pdv/persistence';
import { waitFor } from '@pdv/testing';
import { entities } from '../src/entities';
import { migrations } from '../src/migrations';
import { compareReadModels, rebuildReadModel } from '../src/rebuild/rebuild';
import { type Harness, registerOrganisation, startHarness } from './support/harness';

// The live service consumes mixed facts from every stream (a certificate before its
// nomination, a withdrawal, an assignment that ends, a recognition); a replay from the start
// of the streams into a fresh database must give the same read model, row for row. Each fact
// is consumed before the next is published, so the live service applied them in the order
// they happened, which is the order the replay merges the streams in (the live consumers
// read the streams side by side, and a lagging one applies facts later than they happened).
describe('rebuilding the read model from the start of the streams', () => {
  let h: Harness;
  let published = 0;
  const rebuiltDb = randomUUID().slice(0, 8);

  beforeAll(async () => {
    h = await startHarness('rebuild', { today: '2026-07-15' });
  }, 60_000);

  afterAll(async () => {
    await dropDatabase(h.db.serverUrl, `${h.db.dbName}_rb${rebuiltDb}`).catch(() => undefined);
    await h?.stop();
  });

  it('replays every event into a fresh database and yields the live read model exactly', async () => {
    const consumed = async () => Number((await h.sql<{ count: string }>('select count(*) as count from inbox_event'))[0].count);
    const count = async <T>(p: Promise<T>) => {
      const value = await p;
      published += 1;
      await waitFor(async () => (await consumed()) === published, { what: `event ${published} consumed` });
      return value;
    };
    const ward = randomUUID();
    const cells = [randomUUID(), randomUUID(), randomUUID()];
    const youth = randomUUID();
    await count(registerOrganisation(h, ward, null, 'WARD_COMMITTEE', 'DU'));
    for (const [i, cell] of cells.entries()) await count(registerOrganisation(h, cell, ward, 'GRASSROOTS_CELL', `CB-${i}`));
    await count(h.publish(targetExemptionSet, cells[2], { exemptionId: randomUUID(), organisationId: cells[2], year: 2026, reason: 'RESIDENTIAL_AREA_CELL' }));
    const committee = randomUUID();
    await count(
      h.publish(memberRegistered, committee, { memberId: committee, organisationId: ward, status: 'OFFICIAL', active: true, temporarilyAway: false, activityExempt: false, candidateId: null, admissionDecisionDate: null, officialDate: '2010-01-01' }),
    );
    const assignment = randomUUID();
    await count(h.publish(supervisionAssigned, cells[0], { assignmentId: assignment, committeeMemberId: committee, organisationId: cells[0], validFrom: '2026-01-01', validTo: null }));
    await count(h.publish(supervisionEnded, cells[0], { assignmentId: assignment, organisationId: cells[0], validTo: '2026-06-01' }));
    await count(h.publish(quotaSet, youth, { quotaId: randomUUID(), massOrganisationId: youth, year: 2026, target: 10 }));
    for (let i = 0; i < 12; i += 1) {
      const candidateId = randomUUID();
      const cellId = cells[i % 3];
      const month = String(1 + (i % 6)).padStart(2, '0');
      await count(h.publish(referralSubmitted, candidateId, { referralId: randomUUID(), candidateId, massOrganisationId: youth, cellId, sourceCategory: i % 2 ? 'HIGH_SCHOOL_STUDENT' : 'CIVIL_SERVANT_OR_EMPLOYEE', submittedOn: `2026-${month}-02`, isRepeatReferral: false }));
      if (i % 4 === 3) {
        await count(h.publish(candidateWithdrawn, candidateId, { candidateId, reason: 'PERSON_WITHDREW', withdrawnOn: `2026-${month}-20` }));
        continue;
      }
      await count(h.publish(candidateAccepted, candidateId, { candidateId, cellId, acceptedOn: `2026-${month}-10` }));
      if (i % 2 === 0) {
        // The certificate is published before the nomination: streams are consumed side by side.
        await count(h.publish(certificateIssued, candidateId, { certificateId: randomUUID(), courseKind: 'AWARENESS', candidateId, memberId: null, issuedOn: `2026-${month}-25`, validUntil: `2031-${month}-25` }));
        await count(h.publish(enrolmentNominated, candidateId, { enrolmentId: randomUUID(), courseId: randomUUID(), courseKind: 'AWARENESS', candidateId, memberId: null, nominatedBy: randomUUID() }));
      }
      if (i < 4) {
        const dossierId = randomUUID();
        await count(h.publish(dossierOpened, candidateId, { dossierId, candidateId, cellId, openedOn: `2026-${month}-28` }));
        // Overdue deadlines: the recognition meeting's met by the recognition, the decision's by the ceremony, the recognition decision's open.
        const deadline = (['RECOGNITION_MEETING', 'DECISION', 'RECOGNITION_DECISION'] as const)[i];
        if (deadline) await count(h.publish(admissionDeadlineOverdue, dossierId, { dossierId, candidateId, cellId, deadline, dueOn: '2026-06-10', foundOn: '2026-06-11' }));
        await count(h.publish(admissionCeremonyHeld, candidateId, { dossierId, candidateId, cellId, admissionDecisionDate: '2026-06-20', ceremonyDate: '2026-07-01' }));
        if (i === 0) await count(h.publish(officialRecognitionGranted, candidateId, { dossierId, candidateId, memberId: null, officialDate: '2027-07-01', decisionDate: '2027-07-10' }));
      }
    }

    // A referral to a cell the organisation service announces a moment later: refused live until
    // the cell arrives, and replayed after it; the candidate's later facts must wait with it.
    const lateCell = randomUUID();
    const early = randomUUID();
    await h.publish(referralSubmitted, early, { referralId: randomUUID(), candidateId: early, massOrganisationId: youth, cellId: lateCell, sourceCategory: 'CIVIL_SERVANT_OR_EMPLOYEE', submittedOn: '2026-07-01', isRepeatReferral: false });
    published += 1;
    await count(registerOrganisation(h, lateCell, ward, 'GRASSROOTS_CELL', 'CB-LATE'));
    await count(h.publish(candidateAccepted, early, { candidateId: early, cellId: lateCell, acceptedOn: '2026-07-05' }));
    await count(h.publish(enrolmentNominated, early, { enrolmentId: randomUUID(), courseId: randomUUID(), courseKind: 'AWARENESS', candidateId: early, memberId: null, nominatedBy: randomUUID() }));
    const [journey] = await h.sql<{ current_stage: string }>('select current_stage from candidate_journey where candidate_id = ?', [early]);
    expect(journey.current_stage).toBe('SENT_TO_TRAINING');

    // The stream takes the first referral again (republished after the de-duplication window,
    // as the fault suite does): the live inbox absorbs the copy, and so must the replay.
    const stream = `${h.ns}_SOURCING`;
    const original = await h.jsm.streams.getMessage(stream, { seq: (await h.jsm.streams.info(stream)).state.first_seq });
    if (!original) throw new Error('the SOURCING stream holds no first message');
    const inboxBefore = await consumed();
    expect((await h.js.publish(original.subject, original.data, { msgID: `${original.header.get('Nats-Msg-Id')}-again` })).duplicate).toBe(false);
    await waitFor(async () => {
      const info = await h.jsm.consumers.info(stream, 'evaluation-service');
      return info.num_pending === 0 && info.num_ack_pending === 0;
    }, { what: 'the copy to be delivered' });
    expect(await consumed()).toBe(inboxBefore);

    const database = `${h.db.dbName}_rb${rebuiltDb}`;
    const result = await rebuildReadModel({ config: h.config, database, logger: h.service.logger });
    console.info(`rebuild: ${published} events in ${result.durationMs} ms (replay ${result.replayMs} ms)`, result.rows);
    expect(Object.values(result.messages).reduce((a, b) => a + b, 0)).toBe(published + 1);
    expect(result.rows.progress_counter).toBeGreaterThan(100);
    expect(result.rows.candidate_journey).toBe(13);
    expect(result.rows.overdue_deadline).toBe(3);
    expect(await h.sql('select deadline from overdue_deadline where resolved_on is null')).toEqual([{ deadline: 'RECOGNITION_DECISION' }]);

    const rebuilt = await openOrm({ serverUrl: h.db.serverUrl, dbName: database, entities, migrations, logger: h.service.logger });
    try {
      expect(await compareReadModels(h.service.orm, rebuilt)).toEqual([]);
      // The comparison sees a difference when there is one.
      await rebuilt.em.fork().execute("update progress_counter set value = value + 1 where stage = 'ACCEPTED' and period_key = '2026'");
      expect((await compareReadModels(h.service.orm, rebuilt)).map((d) => d.table)).toEqual(['progress_counter']);
    } finally {
      await rebuilt.close();
    }
    // The replay reads with ordered (ephemeral) consumers: no durable of its own is left on the streams.
    const durables = (await h.jsm.consumers.list(`${h.ns}_SOURCING`).next()).filter((c) => c.config.durable_name).map((c) => c.name);
    expect(durables).toEqual(['evaluation-service']);
  }, 180_000);
});
