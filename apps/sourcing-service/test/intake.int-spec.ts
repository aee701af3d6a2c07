import { EDUCATION_LEVEL_LABELS, GENDER_LABELS, SOURCE_CATEGORY_LABELS } from '@pdv/sourcing-domain';
import type { DemoPerson } from '../src/seed/demo-people';
import { type Harness, startHarness } from './support/harness';
import { freshPerson, referralInput, setUpWard, SUBMIT_REFERRAL, type TestWard } from './support/ward';

// submitReferral and importReferrals share one intake (decideIntakes → writeIntake): for the
// same people, in two fresh databases, they must leave the same rows and the same events.

// What referralInput (the form in these tests) says besides the person, for the file to say too.
const CONSENTED_AT = '2026-03-01T02:00:00Z';
const REFERRER = 'Bí thư Chi đoàn khu dân cư A';
const REASON = 'Tích cực trong phong trào thanh niên';

const IMPORT = `mutation($input: ImportReferralsInput!) {
  importReferrals(input: $input) { committed imported duplicates errors rows { status isRepeatReferral problems { message } } }
}`;

const HEADER = [
  'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Số điện thoại', 'Nơi ở hiện nay', 'Nghề nghiệp', 'Trình độ học vấn', 'Nguồn', 'Chi bộ',
  'Thành tích', 'Lý do giới thiệu', 'Người giới thiệu',
];

/** The same people as spreadsheet rows (cell A's code is CB-A), consent given for the whole file. */
function csvOf(people: readonly DemoPerson[]): string {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = people.map((person) => {
    const [y, m, d] = person.dateOfBirth.split('-');
    return [
      person.fullName, `${d}/${m}/${y}`, GENDER_LABELS[person.gender].vi, person.nationalId, person.phone, person.address, person.occupation,
      EDUCATION_LEVEL_LABELS[person.educationLevel].vi, SOURCE_CATEGORY_LABELS[person.sourceCategory].vi, 'CB-A', person.achievements, REASON, REFERRER,
    ];
  });
  const text = [HEADER, ...rows].map((values) => values.map(quote).join(',')).join('\r\n');
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8').toString('base64');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Replaces every id by its order of first appearance, so two databases' rows compare as shapes. */
function anonymiseIds(value: unknown, seen = new Map<string, string>()): unknown {
  if (typeof value === 'string' && UUID.test(value)) {
    if (!seen.has(value)) seen.set(value, `<id ${seen.size + 1}>`);
    return seen.get(value);
  }
  if (Array.isArray(value)) return value.map((item) => anonymiseIds(item, seen));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, anonymiseIds((value as Record<string, unknown>)[key], seen)]));
  }
  return value;
}

const pgList = (values: readonly string[]): string => `{${values.join(',')}}`;

/** Everything an intake writes about these people, ordered by what the two runs share (national ID numbers, not ids). */
async function snapshot(h: Harness, nationalIds: readonly string[]) {
  const people = [pgList(nationalIds)];
  const candidates = await h.sql<Record<string, unknown>>('select * from candidate where national_id = any(?::text[]) order by national_id', people);
  const stages = await h.sql<Record<string, unknown>>(
    'select s.* from candidate_stage s join candidate c on c.id = s.candidate_id where c.national_id = any(?::text[]) order by c.national_id, s.at, s.to_status',
    people,
  );
  const referrals = await h.sql<{ import_id: string | null; is_repeat: boolean; [column: string]: unknown }>(
    'select r.* from referral r join candidate c on c.id = r.candidate_id where c.national_id = any(?::text[]) order by c.national_id, r.is_repeat',
    people,
  );
  const outbox = await h.sql<{ subject: string; type: string; version: number; aggregate_id: string; envelope: Record<string, unknown> }>(
    `select o.subject, o.type, o.version, o.aggregate_id, o.envelope from outbox_event o
       join referral r on r.id::text = o.aggregate_id join candidate c on c.id = r.candidate_id
      where c.national_id = any(?::text[]) order by c.national_id, r.is_repeat`,
    people,
  );
  const audit = await h.sql<Record<string, unknown>>(
    `select a.occurred_at, a.actor_id, a.actor_role, a.action, a.subject_type, a.subject_id, a.field from personal_data_audit a
       join candidate c on c.id::text = a.subject_id::text where c.national_id = any(?::text[]) order by c.national_id, a.action, a.field, a.actor_id`,
    people,
  );
  const [duplicates] = await h.sql<{ count: string }>(
    `select count(distinct p.id) as count from possible_duplicate p join candidate c on c.id in (p.candidate_id, p.other_candidate_id) where c.national_id = any(?::text[])`,
    people,
  );
  return {
    candidates,
    stages,
    // The import's id is the one thing that differs, by design: the form has none.
    referrals: referrals.map(({ import_id: importId, ...rest }) => ({ ...rest, fromImport: importId !== null })),
    // A traceparent belongs to its request, and each suite has its own subject namespace.
    outbox: outbox.map(({ envelope: { traceparent: _traceparent, ...envelope }, subject, ...row }) => ({ ...row, subject: subject.replace(/^[^.]+\./, ''), envelope })),
    audit,
    possibleDuplicates: Number(duplicates.count),
  };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** A snapshot with its ids numbered in order of appearance (across tables, so references must agree too). */
function shape(snap: Snapshot): unknown {
  return anonymiseIds({ ...snap, referrals: snap.referrals.map(({ fromImport: _fromImport, ...rest }) => rest) });
}

describe('one intake for the referral form and the spreadsheet', () => {
  const fresh = freshPerson();
  const held = freshPerson();
  const sameName = freshPerson({ fullName: 'Nguyễn Thị Hồng Nhung', dateOfBirth: '2001-04-12', gender: 'FEMALE' });
  const lookAlike = freshPerson({ fullName: 'Nguyen Thi Hong Nhung', dateOfBirth: '2001-04-12', gender: 'FEMALE' });
  const people = [fresh, held, lookAlike];
  const nationalIds = [...people, sameName].map((p) => p.nationalId);
  let viaForm: Snapshot;
  let viaFile: Snapshot;

  /** In a fresh ward: the women's union has referred `held` and `sameName`; then the youth union refers `people`. */
  async function run(label: string, refer: (h: Harness, ward: TestWard) => Promise<void>) {
    const h = await startHarness(label);
    try {
      const ward = await setUpWard(h);
      for (const person of [held, sameName]) {
        await h.ok(ward.who.womenStaff, SUBMIT_REFERRAL, { input: referralInput(ward, { person, massOrganisationId: ward.massOrganisations.women }) });
      }
      await refer(h, ward);
      return await snapshot(h, nationalIds);
    } finally {
      await h.close();
    }
  }

  beforeAll(async () => {
    viaForm = await run('sourcing_intake_form', async (h, ward) => {
      for (const person of people) await h.ok(ward.who.youthStaff, SUBMIT_REFERRAL, { input: referralInput(ward, { person, massOrganisationId: ward.massOrganisations.youth }) });
    });
    viaFile = await run('sourcing_intake_file', async (h, ward) => {
      const report = await h.ok<{ importReferrals: { committed: boolean; imported: number; duplicates: number; errors: number } }>(ward.who.youthStaff, IMPORT, {
        input: {
          massOrganisationId: ward.massOrganisations.youth,
          fileName: 'gioi-thieu.csv',
          contentBase64: csvOf(people),
          format: 'CSV',
          mode: 'ALL_OR_NOTHING',
          consentNoticeVersion: ward.noticeVersion,
          consentedAt: CONSENTED_AT,
        },
      });
      // The held person's row attaches (reported as a duplicate of the record held).
      expect(report.importReferrals).toMatchObject({ committed: true, imported: 2, duplicates: 1, errors: 0 });
    });
  });

  it('records the people the same way: a new candidate, a referral attached to one held, a look-alike flagged', () => {
    expect(viaForm.candidates).toHaveLength(4);
    expect(viaForm.referrals.filter((r) => r.is_repeat)).toHaveLength(1);
    expect(viaForm.possibleDuplicates).toBe(1);
    expect(viaFile.referrals.filter((r) => r.fromImport)).toHaveLength(3);
  });

  it('writes the same candidate, stage, referral, outbox and audit rows', () => {
    expect(viaFile.outbox).toHaveLength(5);
    expect(viaFile.stages).toHaveLength(4);
    expect(shape(viaFile)).toEqual(shape(viaForm));
  });
});
