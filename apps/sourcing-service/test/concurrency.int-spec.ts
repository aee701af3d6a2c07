import type { Identity } from '@pdv/auth';
import { raceOnLockedRow } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { row, xlsxOf } from './support/referral-sheet';
import { freshPerson, setUpWard, submitReferral, type TestWard } from './support/ward';

const ACCEPT = `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) { referral { id status } candidate { id status } } }`;
const IMPORT = `mutation($input: ImportReferralsInput!) { importReferrals(input: $input) { importId imported committed } }`;

/**
 * Two people acting on the same thing at once, through the gateway: one wins, the other is
 * told what changed (CONFLICT), and nothing of the loser's is written.
 */
describe('sourcing under concurrent requests', () => {
  let h: Harness;
  let ward: TestWard;

  beforeAll(async () => {
    h = await startHarness('sourcing_concurrency');
    ward = await setUpWard(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('two secretaries accepting the same referral at once: one accepts, the other gets CONFLICT saying it was decided; one acceptance recorded', async () => {
    const submitted = await submitReferral(h, ward, { person: freshPerson() });
    const deputyA: Identity = { userId: 'deputy-secretary-a', role: 'CELL_SECRETARY', scopeId: ward.cellA };
    // Both read it open, then queue for its row: released, they race for real.
    const answers = await raceOnLockedRow(h.db, 'select 1 from referral where id = $1 for update', [submitted.referral.id], 2, () =>
      Promise.all([ward.who.secretaryA, deputyA].map((who) => h.gql<{ acceptReferral: { referral: { status: string } } }>(who, ACCEPT, { input: { referralId: submitted.referral.id } }))),
    );

    const won = answers.filter((answer) => !answer.errors);
    const lost = answers.filter((answer) => answer.errors);
    expect(won).toHaveLength(1);
    expect(won[0].data?.acceptReferral.referral.status).toBe('ACCEPTED');
    expect(lost).toHaveLength(1);
    expect(lost[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', details: { referralId: submitted.referral.id, status: 'ACCEPTED' } });
    expect(lost[0].errors?.[0].message).toMatch(/someone else decided this referral \(it is now ACCEPTED/);

    const [counts] = await h.sql<{ stages: string; accepted: string }>(
      `select (select count(*) from candidate_stage where candidate_id = ? and to_status = 'IN_SOURCE_POOL') as stages,
              (select count(*) from outbox_event where type = 'sourcing.candidate.accepted' and envelope->'data'->>'candidateId' = ?) as accepted`,
      [submitted.candidate.id, submitted.candidate.id],
    );
    expect(counts).toEqual({ stages: '1', accepted: '1' });

    // Later, not at the same time, the same attempt is the rule's refusal, as before.
    const later = await h.gql(deputyA, ACCEPT, { input: { referralId: submitted.referral.id } });
    expect(later.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.REFERRAL_DECIDED' });
  });

  it('the same spreadsheet uploaded twice at once: one import is recorded, the other gets CONFLICT naming it; no row written twice', async () => {
    const people = [freshPerson(), freshPerson(), freshPerson(), freshPerson()];
    const contentBase64 = await xlsxOf(people.map((person) => row(person)));
    const input = {
      massOrganisationId: ward.massOrganisations.youth,
      fileName: 'gioi-thieu.xlsx',
      contentBase64,
      format: 'XLSX',
      mode: 'VALID_ROWS_ONLY',
      consentNoticeVersion: ward.noticeVersion,
    };
    const secondStaff: Identity = { userId: 'youth-staff-2', role: 'MASS_ORG_STAFF', scopeId: ward.massOrganisations.youth };
    const answers = await Promise.all(
      [ward.who.youthStaff, secondStaff].map((who) => h.gql<{ importReferrals: { importId: string; imported: number; committed: boolean } }>(who, IMPORT, { input })),
    );

    const won = answers.filter((answer) => !answer.errors);
    const lost = answers.filter((answer) => answer.errors);
    expect(won).toHaveLength(1);
    expect(won[0].data?.importReferrals).toMatchObject({ imported: 4, committed: true });
    expect(lost).toHaveLength(1);
    expect(lost[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', details: { importId: won[0].data?.importReferrals.importId, imported: 4 } });
    expect(lost[0].errors?.[0].message).toMatch(/This file was already imported at .* nothing from this upload was recorded/);

    const ids = people.map((person) => person.nationalId);
    const [counts] = await h.sql<{ candidates: string; referrals: string; imports: string; events: string }>(
      `select (select count(*) from candidate where national_id = any(?::text[])) as candidates,
              (select count(*) from referral r join candidate c on c.id = r.candidate_id where c.national_id = any(?::text[])) as referrals,
              (select count(*) from referral_import where file_name = 'gioi-thieu.xlsx' and content_sha256 is not null) as imports,
              (select count(*) from outbox_event o join referral r on r.id::text = o.envelope->'data'->>'referralId'
                 join candidate c on c.id = r.candidate_id where o.type = 'sourcing.referral.submitted' and c.national_id = any(?::text[])) as events`,
      [`{${ids.join(',')}}`, `{${ids.join(',')}}`, `{${ids.join(',')}}`],
    );
    expect(counts).toEqual({ candidates: '4', referrals: '4', imports: '1', events: '4' });
  });
});
