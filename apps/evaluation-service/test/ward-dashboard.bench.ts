import { randomUUID } from 'node:crypto';
import {
  admissionCeremonyHeld,
  admissionDecided,
  candidateAccepted,
  candidateWithdrawn,
  cellResolutionPassed,
  certificateIssued,
  dossierOpened,
  enrolmentNominated,
  type EventContract,
  memberRegistered,
  type OrganisationKind,
  referralSubmitted,
  SOURCE_CATEGORIES,
  supervisionAssigned,
  targetExemptionSet,
} from '@pdv/contracts';
import { addDays, type LocalDate } from '@pdv/calendar';
import { identityOf, latencyPercentiles, waitFor } from '@pdv/testing';
import { createRequestScope } from '../src/services';
import { EventRecorder } from '@pdv/messaging';
import { createLogger } from '@pdv/observability';
import { type Harness, registerOrganisation, startHarness } from './support/harness';

// The ward dashboard's latency through the real gateway process, on a ward shaped like the demo
// ward (organisation-service/src/seed/demo-ward.ts: 7 grassroots committees over 22 cells, 14
// grassroots cells, 20 residential-area cells, 9 committee members supervising) with a whole
// synthetic year of events through the consumers: members, exemptions, supervision, and every
// candidate's way from referral to admission (the other services' demo data holds no year of
// funnel events). The evaluation subgraph's part alone (the whole query, the admission
// subgraph's overdue dossiers included, is tools/benchmarks/ward-dashboard-stack.ts). Entry
// point: node tools/benchmarks/ward-dashboard.mjs --synthetic-year [runs]
const RUNS = Number(process.argv[2] ?? 300);
const TODAY = '2026-10-15';

const DASHBOARD = `query ($period: String!) {
  wardDashboard(period: $period) {
    ward { id } period year asOf
    headline { kind span required actual inPeriod shortfall status }
    summary { met behind exempt total }
    forecast { admittedSoFar required likelyAdmissions status explanationVi explanationEn pipeline { stage count probability inTime } }
    unitsAtRisk { organisation { id } code forecast { status explanationVi explanationEn needs { acceptedReferrals by } } }
    units(first: 20) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { organisation { id } code status exemptionReason membersAtStartOfYear supervisor { id }
        targets { kind required upper actual shortfall status } forecast { status likelyAdmissions explanationVi } } }
    }
  }
}`;

// A deterministic generator, so every run measures the same ward.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(2026);
const between = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));

interface Unit {
  id: string;
  code: string;
  kind: OrganisationKind;
  parentId: string;
  members: number;
  candidates: number;
  exemption: 'ALL_STAFF_ARE_MEMBERS' | 'SOURCE_EXHAUSTED' | 'RESIDENTIAL_AREA_CELL' | null;
}

function layout(wardId: string): Unit[] {
  const units: Unit[] = [];
  const committees: [string, number][] = [['BVDK', 5], ['TTYT', 2], ['THPT', 3], ['MTDT', 4], ['CAP', 3], ['QS', 2], ['VCT', 3]];
  for (const [code, cells] of committees) {
    const committee: Unit = { id: randomUUID(), code: `DD.${code}`, kind: 'GRASSROOTS_COMMITTEE', parentId: wardId, members: 0, candidates: 0, exemption: null };
    units.push(committee);
    for (let i = 1; i <= cells; i += 1) units.push({ id: randomUUID(), code: `DD.${code}.CB${i}`, kind: 'PARTY_CELL', parentId: committee.id, members: between(8, 30), candidates: between(1, 4), exemption: null });
  }
  const exemptions: Unit['exemption'][] = ['ALL_STAFF_ARE_MEMBERS', null, 'ALL_STAFF_ARE_MEMBERS', 'ALL_STAFF_ARE_MEMBERS', null, null, null, null, 'SOURCE_EXHAUSTED', null, null, null, null, 'SOURCE_EXHAUSTED'];
  exemptions.forEach((exemption, i) => units.push({ id: randomUUID(), code: `DD.CS${String(i + 1).padStart(2, '0')}`, kind: 'GRASSROOTS_CELL', parentId: wardId, members: between(6, 36), candidates: exemption ? 1 : between(2, 8), exemption }));
  for (let i = 1; i <= 20; i += 1) units.push({ id: randomUUID(), code: `DD.KDC${String(i).padStart(2, '0')}`, kind: 'PARTY_CELL', parentId: wardId, members: between(40, 110), candidates: between(0, 3), exemption: 'RESIDENTIAL_AREA_CELL' });
  return units;
}

type Published = { count: number };
async function send<T>(h: Harness, sent: Published, contract: EventContract<T>, aggregateId: string, data: T, occurredAt?: Date): Promise<void> {
  await h.publish(contract, aggregateId, data, occurredAt ? { occurredAt } : undefined);
  sent.count += 1;
}

async function caughtUp(h: Harness, sent: Published, what: string): Promise<void> {
  await waitFor(async () => Number((await h.sql<{ n: string }>('select count(*) as n from inbox_event'))[0].n) >= sent.count, { what, timeoutMs: 600_000, intervalMs: 200 });
}

const at = (day: LocalDate) => new Date(`${day}T03:00:00Z`);

async function loadYear(h: Harness): Promise<{ units: number; candidates: number; events: number }> {
  const sent: Published = { count: 0 };
  const wardId = randomUUID();
  await registerOrganisation(h, wardId, null, 'WARD_COMMITTEE', 'DD');
  sent.count += 1;
  const units = layout(wardId);
  for (const u of units) {
    await registerOrganisation(h, u.id, u.parentId, u.kind, u.code);
    sent.count += 1;
  }
  await caughtUp(h, sent, 'the tree');
  const committee = Array.from({ length: 9 }, () => randomUUID());
  for (const [i, u] of units.entries()) {
    for (let m = 0; m < u.members; m += 1) {
      const memberId = randomUUID();
      const data = { memberId, organisationId: u.id, status: 'OFFICIAL' as const, active: true, temporarilyAway: false, activityExempt: false, candidateId: null, admissionDecisionDate: null, officialDate: null };
      await send(h, sent, memberRegistered, memberId, data, at('2025-12-01'));
    }
    if (u.exemption) await send(h, sent, targetExemptionSet, u.id, { exemptionId: randomUUID(), organisationId: u.id, year: 2026, reason: u.exemption });
    if (u.kind !== 'PARTY_CELL' || u.exemption === null) {
      await send(h, sent, supervisionAssigned, u.id, { assignmentId: randomUUID(), committeeMemberId: committee[i % committee.length], organisationId: u.id, validFrom: '2025-07-01', validTo: null });
    }
  }

  // Each candidate's way, decided up front; each stream's events are published after the
  // previous stream's are counted, as weeks apart they would be.
  const journeys = units.flatMap((u) =>
    Array.from({ length: u.candidates }, () => {
      const steps: Record<string, LocalDate> = {};
      let day: LocalDate = `2026-${String(between(1, 7)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
      for (const [stage, min, max, keep] of [
        ['REFERRED', 0, 0, 1],
        ['ACCEPTED', 7, 30, 0.9],
        ['SENT_TO_TRAINING', 15, 60, 0.9],
        ['TRAINED', 25, 35, 0.95],
        ['DOSSIER_OPENED', 15, 45, 0.9],
        ['CELL_RESOLVED', 30, 50, 0.95],
        ['DECIDED', 20, 45, 0.97],
        ['ADMITTED', 10, 25, 1],
      ] as const) {
        day = addDays(day, between(min, max));
        if (day > TODAY || rnd() > keep) break;
        steps[stage] = day;
      }
      return { candidateId: randomUUID(), cellId: u.id, steps, withdrawn: steps.ACCEPTED && !steps.SENT_TO_TRAINING && rnd() < 0.3 };
    }),
  );
  for (const j of journeys) {
    await send(h, sent, referralSubmitted, j.candidateId, {
      referralId: randomUUID(),
      candidateId: j.candidateId,
      massOrganisationId: randomUUID(),
      cellId: j.cellId,
      sourceCategory: SOURCE_CATEGORIES[between(0, SOURCE_CATEGORIES.length - 1)],
      submittedOn: j.steps.REFERRED,
      isRepeatReferral: false,
    });
    if (j.steps.ACCEPTED) await send(h, sent, candidateAccepted, j.candidateId, { candidateId: j.candidateId, cellId: j.cellId, acceptedOn: j.steps.ACCEPTED });
    if (j.withdrawn) await send(h, sent, candidateWithdrawn, j.candidateId, { candidateId: j.candidateId, reason: 'MOVED_AWAY', withdrawnOn: addDays(j.steps.ACCEPTED, 20) });
  }
  await caughtUp(h, sent, 'the referrals');
  for (const j of journeys) {
    if (j.steps.SENT_TO_TRAINING) {
      await send(h, sent, enrolmentNominated, j.candidateId, { enrolmentId: randomUUID(), courseId: randomUUID(), courseKind: 'AWARENESS', candidateId: j.candidateId, memberId: null, nominatedBy: randomUUID() }, at(j.steps.SENT_TO_TRAINING));
    }
    if (j.steps.TRAINED) {
      await send(h, sent, certificateIssued, j.candidateId, { certificateId: randomUUID(), courseKind: 'AWARENESS', candidateId: j.candidateId, memberId: null, issuedOn: j.steps.TRAINED, validUntil: addDays(j.steps.TRAINED, 1826) });
    }
  }
  await caughtUp(h, sent, 'the training');
  for (const j of journeys) {
    const dossierId = randomUUID();
    const { candidateId, cellId, steps } = j;
    if (steps.DOSSIER_OPENED) await send(h, sent, dossierOpened, candidateId, { dossierId, candidateId, cellId, openedOn: steps.DOSSIER_OPENED });
    if (steps.CELL_RESOLVED) await send(h, sent, cellResolutionPassed, candidateId, { resolutionId: randomUUID(), dossierId, candidateId, cellId, meetingDate: steps.CELL_RESOLVED, base: 10, inFavour: 9 });
    if (steps.DECIDED) await send(h, sent, admissionDecided, candidateId, { dossierId, candidateId, cellId, decisionDate: steps.DECIDED, receivedOn: addDays(steps.DECIDED, 2) });
    if (steps.ADMITTED) await send(h, sent, admissionCeremonyHeld, candidateId, { dossierId, candidateId, cellId, admissionDecisionDate: steps.DECIDED, ceremonyDate: steps.ADMITTED });
  }
  await caughtUp(h, sent, 'the admissions');
  return { units: units.length + 1, candidates: journeys.length, events: sent.count };
}

async function main(): Promise<void> {
  const loading = performance.now();
  const h = await startHarness('ward dashboard benchmark', { today: TODAY });
  try {
    const loaded = await loadYear(h);
    const rows = await h.sql<{ n: string }>('select count(*) as n from progress_counter');
    console.log(
      `demo-shaped ward: ${loaded.units} organisations, ${loaded.candidates} candidates, ${loaded.events} events through the consumers, ${rows[0].n} counter rows; loaded in ${((performance.now() - loading) / 1000).toFixed(1)} s`,
    );
    const board = identityOf('PARTY_BUILDING_BOARD');
    for (const period of ['2026-Q3', '2026']) {
      const samples: number[] = [];
      let summary = '';
      for (let run = 0; run <= RUNS; run += 1) {
        const started = performance.now();
        const response = await h.gql<{ wardDashboard: { summary: Record<string, number>; forecast: { explanationEn: string }; unitsAtRisk: unknown[]; headline: { kind: string; actual: number }[] } }>(board, DASHBOARD, { period });
        const elapsed = performance.now() - started;
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        const d = response.data?.wardDashboard;
        summary = `${JSON.stringify(d?.summary)}, ${d?.unitsAtRisk.length} at risk, admitted ${d?.headline[0].actual}; ward: ${d?.forecast.explanationEn}`;
        // The first run warms the gateway's query plan cache; it is not counted.
        if (run > 0) samples.push(elapsed);
      }
      console.log(`wardDashboard(period: "${period}") through the gateway, ${RUNS} runs: ${latencyPercentiles(samples)}`);
      console.log(`  ${summary}`);
      // The same request to the subgraph itself (no gateway), to tell the gateway's share.
      const direct: number[] = [];
      for (let run = 0; run <= RUNS; run += 1) {
        const started = performance.now();
        const response = await h.gqlSubgraph(board, DASHBOARD, { period });
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        if (run > 0) direct.push(performance.now() - started);
      }
      console.log(`  the subgraph alone (no gateway): ${latencyPercentiles(direct)}`);
      // The evaluation alone, in process and uncached (a scope without the service's cache), as the
      // first read after each change of the read model pays it.
      const alone: number[] = [];
      for (let run = 0; run <= RUNS; run += 1) {
        const started = performance.now();
        const scope = createRequestScope({ em: h.service.orm.em.fork(), identity: board, requestId: 'bench', logger: createLogger('bench', 'silent'), events: new EventRecorder({ source: 'evaluation', ns: h.ns }), clock: h.clock });
        await scope.services.dashboard.wardDashboard(period);
        if (run > 0) alone.push(performance.now() - started);
      }
      console.log(`  a fresh evaluation alone (in process, uncached: the first read after a change): ${latencyPercentiles(alone)}`);
    }
  } finally {
    await h.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
