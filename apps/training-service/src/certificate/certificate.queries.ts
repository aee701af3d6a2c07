import type { Identity } from '@pdv/auth';
import { type EntityManager, pgArray } from '@pdv/persistence';
import { organisationVisibility } from '../common/visibility';
import { CertificateEntity, type CertificateRow } from './certificate.entity';

/** The certificates among `ids` (or of the people in `column`) the caller may see: a cell secretary those of their subtree's enrolments. */
export async function findVisibleCertificates(
  em: EntityManager,
  identity: Identity,
  column: 'id' | 'candidate_id' | 'member_id' | 'enrolment_id',
  ids: readonly string[],
): Promise<CertificateRow[]> {
  if (ids.length === 0) return [];
  const visible = organisationVisibility(identity, 'e.organisation_id');
  const rows = await em.execute<{ id: string }[]>(
    `select c.id from certificate c join enrolment e on e.id = c.enrolment_id
      where c.${column} = any(?::uuid[]) and ${visible.sql} order by c.issued_on desc, c.id`,
    [pgArray(ids), ...visible.params],
  );
  if (rows.length === 0) return [];
  const byId = new Map((await em.find(CertificateEntity, { id: { $in: rows.map((row) => row.id) } })).map((row) => [row.id, row]));
  return rows.map((row) => byId.get(row.id)!);
}

export function findCertificatesOfCandidate(em: EntityManager, candidateId: string): Promise<CertificateRow[]> {
  return em.find(CertificateEntity, { candidateId, courseKind: 'AWARENESS' });
}

export function findCertificateByCode(em: EntityManager, code: string): Promise<CertificateRow | null> {
  return em.findOne(CertificateEntity, { verificationCode: code });
}

/** The next sequence of an institution's certificates in a year (the counter row is locked until commit, so numbers never repeat). */
export async function nextCertificateSequence(tx: EntityManager, institutionId: string, year: number): Promise<number> {
  const [row] = await tx.execute<{ last_sequence: number }[]>(
    `insert into certificate_counter (institution_id, year, last_sequence) values (?::uuid, ?, 1)
     on conflict (institution_id, year) do update set last_sequence = certificate_counter.last_sequence + 1
     returning last_sequence`,
    [institutionId, year],
  );
  return Number(row.last_sequence);
}
