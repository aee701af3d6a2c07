import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { signUserToken, type Identity } from '@pdv/auth';
import { type GatewayProcess, type GraphQLResponse, identityOf, postGraphQL, startGatewayProcess, TEST_GATEWAY_JWT, waitFor, workspaceRoot } from '@pdv/testing';
import { buildTrainingSubgraph } from '../../src/schema';
import { type Harness, startHarness } from './harness';
import { startServiceProcess } from './service-process';
import { session } from './world';

/**
 * The stack the training exports run on, as in production: the real gateway process over the
 * real organisation, sourcing and training services (each its own database, one event
 * namespace). The ward is registered in the organisation service and the people referred and
 * accepted in sourcing, so names, dates of birth and cell names reach the files through
 * federation, never from training's own tables. Then a course is scheduled and opened and
 * the cell's secretary nominates everyone. Used by test/exports.int-spec.ts and the
 * benchmark (test/exports.bench.ts).
 */

export interface ExportPerson {
  fullName: string;
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE';
}

export interface DownloadedFile {
  status: number;
  body: Buffer;
  /** The error code of a refusal's JSON body. */
  code(): string;
}

export interface TrainingExportsStack {
  h: Harness;
  gateway: GatewayProcess;
  cellA: string;
  courseId: string;
  sessions: { id: string; position: number; date: string }[];
  /** Each person's enrolment id, by full name. */
  enrolmentOf: Record<string, string>;
  who: { board: Identity; centre: Identity; auditor: Identity; secretary: Identity };
  tokenOf(identity: Identity): Promise<string>;
  /** The data of a call through the gateway that must succeed. */
  call<T>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<T>;
  download(identity: Identity, file: string, variables: Record<string, unknown>): Promise<DownloadedFile>;
  stop(): Promise<void>;
}

/** A national ID number that agrees with the date of birth and gender (Hà Nội, serial given), as sourcing checks it. */
function nationalIdOf(person: ExportPerson, serial: number): string {
  const year = Number(person.dateOfBirth.slice(0, 4));
  const century = year >= 2000 ? 2 : 0;
  return `001${century + (person.gender === 'FEMALE' ? 1 : 0)}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

export async function startTrainingExportsStack(people: readonly ExportPerson[], course: { days: string[]; title: string }): Promise<TrainingExportsStack> {
  const stopped: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stopped.reverse()) await step();
  };
  try {
    // Training's days lie after the real "today" the other services run on, so its facts are never older than theirs.
    const h = await startHarness('exports', { today: '2027-01-04' });
    stopped.push(() => h.stop());
    const others = await Promise.all([startServiceProcess('organisation', h.ns), startServiceProcess('sourcing', h.ns)]);
    for (const other of others) stopped.push(() => other.stop());
    const [organisation, sourcing] = others;
    const sdl = (app: string) => readFile(path.join(workspaceRoot(), 'apps', app, 'schema.graphql'), 'utf8');
    const gateway = await startGatewayProcess([
      { name: 'organisation', sdl: await sdl('organisation-service'), url: organisation.url },
      { name: 'sourcing', sdl: await sdl('sourcing-service'), url: sourcing.url },
      { name: 'training', sdl: (await buildTrainingSubgraph()).sdl, url: h.service.url },
    ]);
    stopped.push(() => gateway.stop());
    const base = gateway.url.replace(/\/graphql$/, '');
    const tokenOf = (identity: Identity) => signUserToken(identity, TEST_GATEWAY_JWT, '10m');
    const post = async <T>(identity: Identity, query: string, variables: Record<string, unknown>) =>
      postGraphQL<T>(gateway.url, query, variables, { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(identity)}` });
    const call = async <T>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const response: GraphQLResponse<T> = await post<T>(identity, query, variables);
      if (response.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
      return response.data!;
    };
    const download = async (identity: Identity, file: string, variables: Record<string, unknown>): Promise<DownloadedFile> => {
      const response = await fetch(`${base}/exports/${file}?variables=${encodeURIComponent(JSON.stringify(variables))}`, { headers: { authorization: `Bearer ${await tokenOf(identity)}` } });
      const body = Buffer.from(await response.arrayBuffer());
      return { status: response.status, body, code: () => JSON.parse(body.toString('utf8')).errors[0].extensions.code };
    };
    const board = identityOf('PARTY_BUILDING_BOARD');
    const centre = identityOf('TRAINING_CENTRE');

    const register = `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
    const decision = { validFrom: '2025-07-01', reason: 'Quyết định 1-QĐ/ĐU ngày 01/07/2025' };
    const ward = await call<{ registerOrganisation: { id: string } }>(board, register, {
      input: { kind: 'WARD_COMMITTEE', sector: 'RESIDENTIAL_AREA', code: 'DU-PHUONG', name: 'Đảng ủy phường Đông Đa', ...decision },
    });
    const cell = await call<{ registerOrganisation: { id: string } }>(board, register, {
      input: { parentId: ward.registerOrganisation.id, kind: 'GRASSROOTS_CELL', sector: 'RESIDENTIAL_AREA', code: 'CB-A', name: 'Chi bộ khu dân cư số 1', ...decision },
    });
    const cellA = cell.registerOrganisation.id;
    const secretary = identityOf('CELL_SECRETARY', cellA);
    await waitFor(async () => (await h.sql('select 1 from org_read_model where id = ?::uuid', [cellA])).length === 1, { what: 'training to know the cell', timeoutMs: 30_000 });

    const youth = await call<{ createMassOrganisation: { id: string } }>(board, `mutation($input: CreateMassOrganisationInput!) { createMassOrganisation(input: $input) { id } }`, {
      input: { kind: 'YOUTH_UNION', code: 'DTN', name: 'Đoàn Thanh niên phường' },
    });
    await call(board, `mutation($input: PublishPrivacyNoticeInput!) { publishPrivacyNotice(input: $input) { version } }`, {
      input: { version: 'ND13-2025-01', publishedAt: '2025-01-01T00:00:00Z', summary: 'Xử lý dữ liệu cá nhân của quần chúng được giới thiệu.' },
    });
    const staff = identityOf('MASS_ORG_STAFF', youth.createMassOrganisation.id);
    const candidateIds: string[] = [];
    for (const [serial, person] of people.entries()) {
      let refusal: unknown = null;
      // The cell must have reached sourcing's read model before a referral can name it.
      const submitted = await waitFor(
        async () => {
          const response = await post<{ submitReferral: { referral: { id: string }; candidate: { id: string } } }>(
            staff,
            `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { referral { id } candidate { id } } }`,
            {
              input: {
                massOrganisationId: youth.createMassOrganisation.id,
                person: { ...person, nationalId: nationalIdOf(person, serial + 1), educationLevel: 'UNIVERSITY' },
                sourceCategory: 'MASS_ORGANISATION_MEMBER',
                cellId: cellA,
                consent: { noticeVersion: 'ND13-2025-01', consentedAt: '2026-03-01T02:00:00Z' },
              },
            },
          );
          refusal = response.errors ?? null;
          return response.errors ? null : response.data!.submitReferral;
        },
        { what: 'sourcing to know the cell and take the referral', timeoutMs: 30_000 },
      ).catch((error: Error) => {
        throw new Error(`${error.message} (referral ${serial + 1}: ${JSON.stringify(refusal)})`);
      });
      await call(secretary, `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`, { id: submitted.referral.id });
      candidateIds.push(submitted.candidate.id);
    }
    await waitFor(async () => (await h.sql("select 1 from candidate_read_model where stage = 'IN_SOURCE_POOL'")).length === people.length, {
      what: 'sourcing’s candidate.accepted in training’s read model',
      timeoutMs: 60_000,
    });

    const institution = await call<{ registerInstitution: { id: string } }>(centre, `mutation { registerInstitution(input: { code: "TTCT-P", name: "Trung tâm Chính trị phường Đông Đa" }) { id } }`);
    const scheduled = await call<{ scheduleCourse: { id: string; sessions: { id: string; position: number; date: string }[] } }>(
      centre,
      `mutation($input: ScheduleCourseInput!) { scheduleCourse(input: $input) { id sessions { id position date } } }`,
      {
        input: {
          kind: 'AWARENESS',
          institutionId: institution.registerInstitution.id,
          title: course.title,
          startsOn: course.days[0],
          endsOn: course.days.at(-1),
          capacity: Math.max(10, people.length),
          location: 'Hội trường',
          sessions: course.days.map((day) => session(day)),
        },
      },
    );
    const courseId = scheduled.scheduleCourse.id;
    await call(centre, `mutation($id: ID!) { openCourse(id: $id) { status } }`, { id: courseId });
    const enrolmentOf: Record<string, string> = {};
    for (const [index, person] of people.entries()) {
      const nominated = await call<{ nominate: { id: string } }>(secretary, `mutation($input: NominateInput!) { nominate(input: $input) { id } }`, {
        input: { courseId, candidateId: candidateIds[index] },
      });
      enrolmentOf[person.fullName] = nominated.nominate.id;
    }
    return {
      h,
      gateway,
      cellA,
      courseId,
      sessions: scheduled.scheduleCourse.sessions,
      enrolmentOf,
      who: { board, centre, auditor: identityOf('AUDITOR'), secretary },
      tokenOf,
      call,
      download,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
