import { randomUUID } from 'node:crypto';
import { candidateAccepted, certificateIssued, memberRegistered, organisationRegistered } from '@pdv/contracts';
import { waitFor } from '@pdv/testing';
import type { Harness } from './harness';
import { registeredOrganisation } from './organisations';

export interface TestWard {
  ward: string;
  /** A cell of exactly three official members (and one probationary member). */
  cell: string;
  otherCell: string;
  officialMembers: string[];
  probationaryMember: string;
}

const countOf = async (h: Harness, table: string) => Number((await h.sql<{ count: string }>(`select count(*) as count from ${table}`))[0].count);

/** The ward, two cells and the first cell's roll, announced as the organisation service does, and waited for. */
export async function setUpWard(h: Harness): Promise<TestWard> {
  const ward: TestWard = { ward: randomUUID(), cell: randomUUID(), otherCell: randomUUID(), officialMembers: [], probationaryMember: '' };
  await h.publish(organisationRegistered, ward.ward, registeredOrganisation(ward.ward, null, 'WARD_COMMITTEE', 'DU-PHUONG'));
  await h.publish(organisationRegistered, ward.cell, registeredOrganisation(ward.cell, ward.ward, 'GRASSROOTS_CELL', 'CB-1'));
  await h.publish(organisationRegistered, ward.otherCell, registeredOrganisation(ward.otherCell, ward.ward, 'GRASSROOTS_CELL', 'CB-2'));
  for (const status of ['OFFICIAL', 'OFFICIAL', 'OFFICIAL', 'PROBATIONARY'] as const) {
    const memberId = randomUUID();
    if (status === 'OFFICIAL') ward.officialMembers.push(memberId);
    else ward.probationaryMember = memberId;
    await h.publish(memberRegistered, memberId, { memberId, organisationId: ward.cell, status, active: true, temporarilyAway: false, activityExempt: false, candidateId: null, admissionDecisionDate: null, officialDate: null });
  }
  await waitFor(async () => (await countOf(h, 'org_read_model')) === 3 && (await countOf(h, 'member_read_model')) === 4, { what: 'the ward in the read model' });
  return ward;
}

/** A candidate the cell accepted, with an awareness certificate valid until `validUntil`; waited for. */
export async function acceptCandidate(h: Harness, cellId: string, certificate: { issuedOn: string; validUntil: string }): Promise<string> {
  const candidateId = randomUUID();
  const certificates = await countOf(h, 'certificate_facts');
  await h.publish(candidateAccepted, candidateId, { candidateId, cellId, acceptedOn: '2026-01-12' });
  await h.publish(certificateIssued, candidateId, { certificateId: randomUUID(), courseKind: 'AWARENESS', candidateId, memberId: null, ...certificate });
  await waitFor(async () => (await countOf(h, 'certificate_facts')) === certificates + 1 && (await h.sql('select id from candidate_facts where id = ?', [candidateId])).length === 1, {
    what: 'the candidate and their certificate',
  });
  return candidateId;
}
