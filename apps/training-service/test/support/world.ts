import { randomUUID } from 'node:crypto';
import type { Identity } from '@pdv/auth';
import { candidateAccepted, memberRegistered, organisationRegistered, referralSubmitted } from '@pdv/contracts';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import type { Harness } from './harness';

/** A small ward as the organisation and sourcing services would announce it, and the callers of each role. */
export interface TrainingWorld {
  ward: string;
  cellA: string;
  cellB: string;
  /** Candidates accepted into cell A's source pool. */
  poolA: string[];
  /** A candidate accepted in cell B. */
  poolB: string;
  /** A candidate referred to cell A, not yet accepted. */
  referredA: string;
  /** A probationary member of cell A. */
  probationaryA: string;
  who: Record<'board' | 'centre' | 'secretaryA' | 'secretaryB' | 'auditor' | 'standing' | 'staff', Identity>;
}

/** Announces an organisation as the organisation service would (`organisation.registered`). */
export async function announceOrganisation(
  h: Harness,
  organisationId: string,
  parentId: string | null,
  kind: 'WARD_COMMITTEE' | 'GRASSROOTS_COMMITTEE' | 'GRASSROOTS_CELL' | 'PARTY_CELL',
  code: string,
): Promise<void> {
  await h.publish(organisationRegistered, organisationId, { organisationId, parentId, kind, sector: 'RESIDENTIAL_AREA', code, name: `Tổ chức ${code}`, validFrom: '2025-07-01' });
}

export async function setUpWorld(h: Harness, options: { poolSize?: number } = {}): Promise<TrainingWorld> {
  const ward = randomUUID();
  const cellA = randomUUID();
  const cellB = randomUUID();
  await announceOrganisation(h, ward, null, 'WARD_COMMITTEE', 'DU-PHUONG');
  await announceOrganisation(h, cellA, ward, 'GRASSROOTS_CELL', 'CB-A');
  await announceOrganisation(h, cellB, ward, 'GRASSROOTS_CELL', 'CB-B');
  const poolA = Array.from({ length: options.poolSize ?? 5 }, () => randomUUID());
  const poolB = randomUUID();
  const referredA = randomUUID();
  for (const [candidateId, cellId] of [...poolA.map((id) => [id, cellA] as const), [poolB, cellB] as const]) {
    await h.publish(candidateAccepted, candidateId, { candidateId, cellId, acceptedOn: '2026-03-02' });
  }
  await h.publish(referralSubmitted, referredA, {
    referralId: randomUUID(),
    candidateId: referredA,
    massOrganisationId: randomUUID(),
    cellId: cellA,
    sourceCategory: 'HIGH_SCHOOL_STUDENT',
    submittedOn: '2026-03-01',
    isRepeatReferral: false,
  });
  const probationaryA = randomUUID();
  await h.publish(memberRegistered, probationaryA, {
    memberId: probationaryA,
    organisationId: cellA,
    status: 'PROBATIONARY',
    active: true,
    temporarilyAway: false,
    activityExempt: false,
    candidateId: null,
    admissionDecisionDate: '2026-05-01',
    officialDate: null,
  });
  await waitFor(
    async () => {
      const [row] = await h.sql<{ candidates: string; members: string; closure: string }>(
        `select (select count(*) from candidate_read_model) as candidates, (select count(*) from member_read_model) as members,
                (select count(*) from org_read_model_closure) as closure`,
      );
      return Number(row.candidates) === poolA.length + 2 && Number(row.members) === 1 && Number(row.closure) === 5;
    },
    { what: 'the organisations, candidates and member in the read models' },
  );
  return {
    ward,
    cellA,
    cellB,
    poolA,
    poolB,
    referredA,
    probationaryA,
    who: {
      board: identityOf('PARTY_BUILDING_BOARD'),
      centre: identityOf('TRAINING_CENTRE'),
      secretaryA: identityOf('CELL_SECRETARY', cellA),
      secretaryB: identityOf('CELL_SECRETARY', cellB),
      auditor: identityOf('AUDITOR'),
      standing: identityOf('WARD_STANDING_COMMITTEE'),
      staff: identityOf('MASS_ORG_STAFF', randomUUID()),
    },
  };
}

export function errorOf(response: GraphQLResponse<unknown>) {
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, rule: error?.extensions?.rule, problems: error?.extensions?.problems };
}

/** The data of a call that must succeed. */
export async function ok<T>(h: Harness, who: Identity | null, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await h.gql<T>(who, query, variables);
  if (response.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** Moves the test clock to 10:00 in Hanoi on `day`. */
export function onDay(h: Harness, day: string): void {
  h.clock.set(`${day}T03:00:00.000Z`);
}

export const SCHEDULE = `mutation($input: ScheduleCourseInput!) { scheduleCourse(input: $input) { id status sessions { id date } } }`;
export const NOMINATE = `mutation($input: NominateInput!) { nominate(input: $input) { id status } }`;
export const APPROVE = `mutation($id: ID!) { approveNomination(id: $id) { id status } }`;

export async function registerInstitution(h: Harness, world: TrainingWorld, code = 'TTCT-P1'): Promise<string> {
  const data = await ok<{ registerInstitution: { id: string } }>(h, world.who.centre, `mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }`, {
    input: { code, name: 'Trung tâm Chính trị phường' },
  });
  return data.registerInstitution.id;
}

export const session = (date: string, startsAt = '08:00', endsAt = '11:00') => ({ date, startsAt, endsAt, topic: `Chuyên đề ngày ${date}` });

/** Schedules and opens a course; returns its id and sessions. */
export async function openCourse(
  h: Harness,
  world: TrainingWorld,
  input: { institutionId: string; kind?: 'AWARENESS' | 'NEW_MEMBER'; capacity?: number; sessions: ReturnType<typeof session>[] },
): Promise<{ id: string; sessions: { id: string; date: string }[] }> {
  const dates = input.sessions.map((s) => s.date).sort();
  const scheduled = await ok<{ scheduleCourse: { id: string; sessions: { id: string; date: string }[] } }>(h, world.who.centre, SCHEDULE, {
    input: {
      kind: input.kind ?? 'AWARENESS',
      institutionId: input.institutionId,
      title: 'Lớp bồi dưỡng nhận thức về Đảng',
      startsOn: dates[0],
      endsOn: dates.at(-1),
      capacity: input.capacity ?? 30,
      location: 'Hội trường Đảng ủy phường',
      sessions: input.sessions,
    },
  });
  await ok(h, world.who.centre, `mutation($id: ID!) { openCourse(id: $id) { status } }`, { id: scheduled.scheduleCourse.id });
  return scheduled.scheduleCourse;
}
