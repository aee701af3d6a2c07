import { type EntityManager, pgArray } from '@pdv/persistence';
import { type CandidateStatus, decideIntake, type HeldCandidate, type IntakeDecision, type StatedIdentity } from '@pdv/sourcing-domain';

/** What intake needs of a referred person: who they say they are, and their number. */
export interface IntakePerson extends StatedIdentity {
  nationalId: string;
}

/**
 * Decides every person of one intake (a referral, or a file's valid rows) with the domain's
 * decideIntake, under the intake lock the caller holds: one query locks and reads the records
 * holding the numbers, one finds the open referrals by the referring organisation.
 */
export async function decideIntakes(tx: EntityManager, people: readonly IntakePerson[], wardUnitId: string): Promise<IntakeDecision[]> {
  const held = await findHeldCandidates(tx, people.map((person) => person.nationalId));
  const open = await findOpenReferrals(tx, [...new Set([...held.values()].map((candidate) => candidate.candidateId))], wardUnitId);
  return people.map((person) => {
    const holder = held.get(person.nationalId);
    return decideIntake(person, holder, holder ? open.get(holder.candidateId) : null);
  });
}

/**
 * Candidates already holding these national IDs, locked until the intake commits (a cell's
 * decision cannot change them in between); a record folded into another resolves to the kept one.
 */
async function findHeldCandidates(tx: EntityManager, nationalIds: readonly string[]): Promise<Map<string, HeldCandidate>> {
  if (nationalIds.length === 0) return new Map();
  await tx.execute(
    `select 1 from candidate
      where national_id = any(?::text[]) or id in (select duplicate_of_id from candidate where national_id = any(?::text[]))
      order by id for update`,
    [pgArray(nationalIds), pgArray(nationalIds)],
  );
  interface Found {
    national_id: string;
    id: string;
    status: CandidateStatus;
    full_name: string;
    date_of_birth: string;
    gender: string;
    kept_full_name: string | null;
    kept_date_of_birth: string | null;
    kept_gender: string | null;
  }
  const rows = await tx.execute<Found[]>(
    `select c.national_id, coalesce(k.id, c.id) as id, coalesce(k.status, c.status) as status,
            c.full_name, to_char(c.date_of_birth, 'YYYY-MM-DD') as date_of_birth, c.gender,
            k.full_name as kept_full_name, to_char(k.date_of_birth, 'YYYY-MM-DD') as kept_date_of_birth, k.gender as kept_gender
       from candidate c left join candidate k on k.id = c.duplicate_of_id
      where c.national_id = any(?::text[])`,
    [pgArray(nationalIds)],
  );
  return new Map(
    rows.map((row) => {
      const records: StatedIdentity[] = [{ fullName: row.full_name, dateOfBirth: row.date_of_birth, gender: row.gender }];
      if (row.kept_full_name !== null && row.kept_date_of_birth !== null && row.kept_gender !== null) {
        records.push({ fullName: row.kept_full_name, dateOfBirth: row.kept_date_of_birth, gender: row.kept_gender });
      }
      return [row.national_id, { candidateId: row.id, status: row.status, fullName: row.kept_full_name ?? row.full_name, records }];
    }),
  );
}

/** For each candidate, an open referral by the referring organisation (its ward unit and branches), the oldest. */
async function findOpenReferrals(tx: EntityManager, candidateIds: readonly string[], wardUnitId: string): Promise<Map<string, string>> {
  if (candidateIds.length === 0) return new Map();
  const rows = await tx.execute<{ candidate_id: string; id: string }[]>(
    `select distinct on (r.candidate_id) r.candidate_id, r.id from referral r
      where r.candidate_id = any(?::uuid[]) and r.status in ('SUBMITTED', 'ACCEPTED')
        and r.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))
      order by r.candidate_id, r.submitted_at`,
    [pgArray(candidateIds), wardUnitId],
  );
  return new Map(rows.map((row) => [row.candidate_id, row.id]));
}
