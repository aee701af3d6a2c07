import { randomUUID } from 'node:crypto';
import type { Identity } from '@pdv/auth';
import { type EventEnvelope, memberMoved, memberRegistered, organisationClosed, organisationRegistered } from '@pdv/contracts';
import { type Harness, newId, startHarness, waitFor } from './support/harness';
import { freshPerson, setUpWard, submitReferral, type TestWard } from './support/ward';

const ACCEPT = `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) { candidate { status cellId } } }`;
const DECLINE = `mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { candidate { status } } }`;
const ASSIGN = `mutation($input: AssignMentorInput!) { assignMentor(input: $input) { id } }`;
const WITHDRAW = `mutation($input: WithdrawCandidateInput!) { withdrawCandidate(input: $input) { mentorsReleased } }`;
const REASSIGN = `mutation($input: ReassignCandidateCellInput!) {
  reassignCandidateCell(input: $input) {
    previousCellId mentorsReleased mentorsKept
    candidate { id cellId status needsCellReassignment cellReassignmentNeededSince }
  }
}`;
const VIEW = `query($id: ID!) {
  candidate(id: $id) {
    id status cellId needsCellReassignment cellReassignmentNeededSince
    referrals { id cellId status }
    mentors(includeReleased: true) { memberId cellId releasedOn releaseReason }
    stageHistory { fromStatus toStatus event reason note actorId }
  }
}`;
const LIST = `query($filter: CandidateFilterInput) { candidates(filter: $filter, first: 100) { totalCount edges { node { id needsCellReassignment } } } }`;
const DUE = `query($o: ID, $asOf: LocalDate) { candidatesDueForReview(organisationId: $o, asOf: $asOf, first: 100) { edges { node { id needsCellReassignment } } } }`;

interface View {
  candidate: {
    id: string;
    status: string;
    cellId: string;
    needsCellReassignment: boolean;
    cellReassignmentNeededSince: string | null;
    referrals: { id: string; cellId: string; status: string }[];
    mentors: { memberId: string; cellId: string; releasedOn: string | null; releaseReason: string | null }[];
    stageHistory: { fromStatus: string | null; toStatus: string; event: string; reason: string; note: string | null; actorId: string }[];
  };
}

interface ReassignResult {
  reassignCandidateCell: {
    previousCellId: string;
    mentorsReleased: number;
    mentorsKept: number;
    candidate: { id: string; cellId: string; status: string; needsCellReassignment: boolean; cellReassignmentNeededSince: string | null };
  };
}

const EFFECTIVE = '2026-03-20';

describe('candidates follow their cell when the organisation service closes it', () => {
  let h: Harness;
  let ward: TestWard;
  let serial = 0;

  beforeAll(async () => {
    h = await startHarness('sourcing_cell_closure');
    ward = await setUpWard(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  const view = async (id: string) => (await h.ok<View>(ward.who.board, VIEW, { id })).candidate;
  const openMentors = (v: View['candidate']) => v.mentors.filter((m) => m.releasedOn === null).map((m) => m.memberId).sort();
  const secretaryOf = (cellId: string): Identity => ({ userId: `secretary-${cellId.slice(0, 8)}`, role: 'CELL_SECRETARY', scopeId: cellId });

  /** New cells under the grassroots committee (or another parent), announced and applied. */
  async function newCells(count: number, parentId = ward.grassrootsId): Promise<string[]> {
    const ids = Array.from({ length: count }, () => newId());
    await h.organisation.publish(
      organisationRegistered,
      ids.map((organisationId) => {
        serial += 1;
        return {
          aggregateId: organisationId,
          data: { organisationId, parentId, kind: 'PARTY_CELL' as const, sector: 'RESIDENTIAL_AREA' as const, code: `CB-T${serial}`, name: `Chi bộ thử ${serial}`, validFrom: '2025-07-01' },
        };
      }),
    );
    await waitFor(async () => (await h.sql<{ n: string }>('select count(*) as n from org_read_model where id = any(?::uuid[])', [`{${ids.join(',')}}`]))[0].n === String(count), {
      what: 'the new cells',
    });
    return ids;
  }

  /** Official members of a cell, announced and applied. */
  async function newMembers(cellId: string, count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => newId());
    await h.organisation.publish(
      memberRegistered,
      ids.map((memberId) => ({
        aggregateId: memberId,
        data: {
          memberId,
          organisationId: cellId,
          status: 'OFFICIAL' as const,
          active: true,
          temporarilyAway: false,
          activityExempt: false,
          candidateId: null,
          admissionDecisionDate: null,
          officialDate: '2015-01-01',
        },
      })),
    );
    await waitFor(async () => (await h.sql<{ n: string }>('select count(*) as n from member_read_model where id = any(?::uuid[])', [`{${ids.join(',')}}`]))[0].n === String(count), {
      what: 'the new members',
    });
    return ids;
  }

  /** Members moved between cells as a reorganisation does (INTERNAL_TRANSFER), applied. */
  async function moveMembers(moves: { memberId: string; from: string; to: string }[]): Promise<void> {
    await h.organisation.publish(
      memberMoved,
      moves.map(({ memberId, from, to }) => ({
        aggregateId: memberId,
        data: {
          memberId,
          organisationId: to,
          status: 'OFFICIAL' as const,
          active: true,
          temporarilyAway: false,
          activityExempt: false,
          movementId: randomUUID(),
          kind: 'INTERNAL_TRANSFER' as const,
          effectiveDate: EFFECTIVE,
          fromOrganisationId: from,
          toOrganisationId: to,
        },
      })),
    );
    for (const { memberId, to } of moves) {
      await waitFor(async () => (await h.sql<{ organisation_id: string }>('select organisation_id from member_read_model where id = ?', [memberId]))[0].organisation_id === to, {
        what: 'the member move',
      });
    }
  }

  async function close(organisationId: string, reason: 'MERGED' | 'SPLIT' | 'DISSOLVED', successorIds: string[]): Promise<EventEnvelope<unknown>> {
    const [envelope] = await h.organisation.publish(organisationClosed, [
      { aggregateId: organisationId, data: { organisationId, effectiveDate: EFFECTIVE, reason, successorIds } },
    ]);
    await waitFor(async () => (await h.sql<{ active: boolean }>('select active from org_read_model where id = ?', [organisationId]))[0].active === false, {
      what: 'the closure',
    });
    return envelope;
  }

  async function referred(cellId: string) {
    return submitReferral(h, ward, { cellId, person: freshPerson() });
  }

  async function pooled(cellId: string, mentors: string[] = []): Promise<string> {
    const { referral, candidate } = await referred(cellId);
    await h.ok(secretaryOf(cellId), ACCEPT, { input: { referralId: referral.id } });
    for (const memberId of mentors) await h.ok(secretaryOf(cellId), ASSIGN, { input: { candidateId: candidate.id, memberId } });
    return candidate.id;
  }

  async function mentorEvents(candidateId: string): Promise<{ type: string; memberId: string }[]> {
    const events = await h.sourcingEvents();
    return events
      .filter((e) => e.type.startsWith('sourcing.candidate.mentor-') && (e.data as { candidateId: string }).candidateId === candidateId)
      .map((e) => ({ type: e.type, memberId: (e.data as { memberId: string }).memberId }));
  }

  it('moves the candidates of a merged cell, their open referrals and the mentors who moved with them (members first)', async () => {
    const [closing, successor] = await newCells(2);
    const [stays, leaves] = await newMembers(closing, 2);
    const nurtured = await pooled(closing, [stays, leaves]);
    const waiting = await referred(closing);
    const declinedOne = await referred(closing);
    await h.ok(secretaryOf(closing), DECLINE, { input: { referralId: declinedOne.referral.id, reason: 'NOT_READY' } });
    const withdrawn = await pooled(closing);
    await h.ok(secretaryOf(closing), WITHDRAW, { input: { candidateId: withdrawn, reason: 'PERSON_WITHDREW' } });

    // The organisation service re-places the members first (one goes elsewhere beforehand), then closes the cell.
    await moveMembers([{ memberId: leaves, from: closing, to: ward.cellC }]);
    await moveMembers([{ memberId: stays, from: closing, to: successor }]);
    // Until the closure arrives, both look like members who left the candidate's cell.
    expect(openMentors(await view(nurtured))).toEqual([]);
    await close(closing, 'MERGED', [successor]);

    const moved = await view(nurtured);
    expect(moved).toMatchObject({ status: 'IN_SOURCE_POOL', cellId: successor, needsCellReassignment: false, cellReassignmentNeededSince: null });
    expect(moved.stageHistory.at(-1)).toEqual({
      fromStatus: 'IN_SOURCE_POOL',
      toStatus: 'IN_SOURCE_POOL',
      event: 'CELL_MERGED',
      reason: 'CELL_MERGED',
      note: `Cell ${closing} was merged into cell ${successor} from ${EFFECTIVE}; the candidate moved with it.`,
      actorId: 'system',
    });
    // The mentor who moved into the successor cell is kept (re-placed); the one who went elsewhere is not.
    expect(openMentors(moved)).toEqual([stays]);
    expect(moved.mentors.find((m) => m.releasedOn === null)).toMatchObject({ memberId: stays, cellId: successor });

    const pending = await view(waiting.candidate.id);
    expect(pending).toMatchObject({ status: 'REFERRED', cellId: successor });
    expect(pending.referrals).toEqual([{ id: waiting.referral.id, cellId: successor, status: 'SUBMITTED' }]);
    expect(pending.stageHistory.map((s) => s.event)).toEqual(['REFERRED', 'CELL_MERGED']);
    // The successor cell's secretary can now decide the referral.
    const accepted = await h.ok<{ acceptReferral: { candidate: { status: string; cellId: string } } }>(secretaryOf(successor), ACCEPT, {
      input: { referralId: waiting.referral.id },
    });
    expect(accepted.acceptReferral.candidate).toEqual({ status: 'IN_SOURCE_POOL', cellId: successor });

    // People who left the pipeline stay where they were.
    expect(await view(declinedOne.candidate.id)).toMatchObject({ status: 'DECLINED', cellId: closing, needsCellReassignment: false });
    expect(await view(withdrawn)).toMatchObject({ status: 'WITHDRAWN', cellId: closing, needsCellReassignment: false });

    const events = await waitFor(async () => {
      const list = await mentorEvents(nurtured);
      return list.length >= 5 ? list : null;
    }, { what: 'the mentor events' });
    expect(events).toEqual([
      { type: 'sourcing.candidate.mentor-assigned', memberId: stays },
      { type: 'sourcing.candidate.mentor-assigned', memberId: leaves },
      { type: 'sourcing.candidate.mentor-released', memberId: leaves },
      { type: 'sourcing.candidate.mentor-released', memberId: stays },
      { type: 'sourcing.candidate.mentor-assigned', memberId: stays },
    ]);

    // Training and admission hear that the candidates now belong to the successor cell.
    const cellChanges = await waitFor(async () => {
      const list = (await h.sourcingEvents()).filter((e) => e.type === 'sourcing.candidate.cell-changed' && [nurtured, waiting.candidate.id].includes(e.aggregateId));
      return list.length >= 2 ? list : null;
    }, { what: 'the cell-changed events' });
    expect(cellChanges.map((e) => e.data)).toEqual(
      expect.arrayContaining([nurtured, waiting.candidate.id].map((candidateId) => expect.objectContaining({ candidateId, fromCellId: closing, toCellId: successor, cause: 'CELL_MERGED' }))),
    );
  });

  it('reaches the same mentors when the closure arrives before the members move, and applies a redelivered closure once', async () => {
    const [closing, successor] = await newCells(2);
    const [stays, leaves] = await newMembers(closing, 2);
    const nurtured = await pooled(closing, [stays, leaves]);

    const closure = await close(closing, 'MERGED', [successor]);
    const afterClosure = await view(nurtured);
    expect(afterClosure.cellId).toBe(successor);
    // Members not (yet) in the successor cell: their assignments wait for their member events.
    expect(openMentors(afterClosure)).toEqual([stays, leaves].sort());

    await moveMembers([
      { memberId: stays, from: closing, to: successor },
      { memberId: leaves, from: closing, to: ward.cellC },
    ]);
    const final = await view(nurtured);
    expect(openMentors(final)).toEqual([stays]);
    // Kept without a break: one assignment, never released.
    expect(final.mentors.filter((m) => m.memberId === stays)).toEqual([{ memberId: stays, cellId: closing, releasedOn: null, releaseReason: null }]);
    expect(final.mentors.find((m) => m.memberId === leaves)?.releaseReason).toBe('Member moved to another organisation');

    // The same closure delivered again (same event id) changes nothing.
    await h.js.publish(`${h.ns}.${organisationClosed.subject}`, new TextEncoder().encode(JSON.stringify(closure)), { msgID: `redelivery-${closure.id}` });
    // A later event on the same stream is handled after it: once it is applied, so is the copy.
    const [marker] = await newCells(1);
    expect(marker).toBeDefined();
    const [{ count }] = await h.sql<{ count: string }>('select count(*) as count from inbox_event where event_id = ?', [closure.id]);
    expect(Number(count)).toBe(1);
    const again = await view(nurtured);
    expect(again.stageHistory.filter((s) => s.event === 'CELL_MERGED')).toHaveLength(1);
    expect(again.mentors).toEqual(final.mentors);

    // A second closure event for the same cell (another id) finds nothing left to move either.
    await close(closing, 'MERGED', [successor]);
    await newCells(1);
    expect((await view(nurtured)).stageHistory.filter((s) => s.event === 'CELL_MERGED')).toHaveLength(1);
  });

  it('marks the candidates of a split cell as needing a new cell, lists them, and moves them when a person decides', async () => {
    const [splitting, left, right] = await newCells(3);
    const [goesLeft, goesRight] = await newMembers(splitting, 2);
    const nurtured = await pooled(splitting, [goesLeft, goesRight]);
    const waiting = await referred(splitting);
    const elsewhere = await pooled(ward.cellA);

    // Members first, as the organisation service records it; the split closes the cell last.
    await moveMembers([
      { memberId: goesLeft, from: splitting, to: left },
      { memberId: goesRight, from: splitting, to: right },
    ]);
    await close(splitting, 'SPLIT', [left, right]);
    // Delivered twice (two events): marked once.
    await close(splitting, 'SPLIT', [left, right]);
    await newCells(1);

    for (const id of [nurtured, waiting.candidate.id]) {
      const marked = await view(id);
      expect(marked).toMatchObject({ cellId: splitting, needsCellReassignment: true, cellReassignmentNeededSince: EFFECTIVE });
      const closedEntries = marked.stageHistory.filter((s) => s.event === 'CELL_CLOSED');
      expect(closedEntries).toHaveLength(1);
      expect(closedEntries[0]).toMatchObject({ fromStatus: marked.status, toStatus: marked.status, reason: 'SPLIT', actorId: 'system' });
      expect(closedEntries[0].note).toBe(`Cell ${splitting} was closed (SPLIT) from ${EFFECTIVE}; successor organisations: ${left}, ${right}. A new cell must be chosen.`);
    }

    // The board and the secretary above the cells find them; a secretary of another cell does not.
    const listed = (who: Identity, filter: Record<string, unknown>) =>
      h.ok<{ candidates: { edges: { node: { id: string; needsCellReassignment: boolean } }[] } }>(who, LIST, { filter }).then((r) => r.candidates.edges.map((e) => e.node));
    const forBoard = await listed(ward.who.board, { needsCellReassignment: true });
    expect(forBoard.map((n) => n.id)).toEqual(expect.arrayContaining([nurtured, waiting.candidate.id]));
    expect(forBoard.every((n) => n.needsCellReassignment)).toBe(true);
    expect(forBoard.map((n) => n.id)).not.toContain(elsewhere);
    const forSecretary = await listed(ward.who.secretaryGrassroots, { needsCellReassignment: true, organisationId: ward.grassrootsId });
    expect(forSecretary.map((n) => n.id)).toEqual(expect.arrayContaining([nurtured, waiting.candidate.id]));
    expect((await listed(ward.who.secretaryC, { needsCellReassignment: true })).map((n) => n.id)).not.toContain(nurtured);
    expect((await listed(ward.who.board, { needsCellReassignment: false })).map((n) => n.id)).toEqual(expect.arrayContaining([elsewhere]));
    expect((await listed(ward.who.board, { needsCellReassignment: false })).map((n) => n.id)).not.toContain(nurtured);
    // candidatesDueForReview puts them first, whatever the day asked about (nothing else is due yet).
    const due = await h.ok<{ candidatesDueForReview: { edges: { node: { id: string } }[] } }>(ward.who.secretaryGrassroots, DUE, {
      o: ward.grassrootsId,
      asOf: '2026-03-16',
    });
    expect(due.candidatesDueForReview.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([nurtured, waiting.candidate.id]));
    expect(due.candidatesDueForReview.edges.map((e) => e.node.id)).not.toContain(elsewhere);

    // The secretary above the cells places the nurtured candidate in the left cell: its mentor who went there stays.
    const placed = await h.ok<ReassignResult>(ward.who.secretaryGrassroots, REASSIGN, {
      input: { candidateId: nurtured, cellId: left, reason: 'Theo phương án chia tách chi bộ' },
    });
    expect(placed.reassignCandidateCell).toEqual({
      previousCellId: splitting,
      mentorsReleased: 0,
      mentorsKept: 1,
      candidate: { id: nurtured, cellId: left, status: 'IN_SOURCE_POOL', needsCellReassignment: false, cellReassignmentNeededSince: null },
    });
    const afterPlacing = await view(nurtured);
    expect(openMentors(afterPlacing)).toEqual([goesLeft]);
    expect(afterPlacing.stageHistory.at(-1)).toEqual({
      fromStatus: 'IN_SOURCE_POOL',
      toStatus: 'IN_SOURCE_POOL',
      event: 'CELL_REASSIGNED',
      reason: 'CELL_REASSIGNED',
      note: `Moved from cell ${splitting} to cell ${left}: Theo phương án chia tách chi bộ`,
      actorId: ward.who.secretaryGrassroots.userId,
    });

    // The board places the referred one in the right cell: the referral follows, and that cell decides.
    const placedReferred = await h.ok<ReassignResult>(ward.who.board, REASSIGN, {
      input: { candidateId: waiting.candidate.id, cellId: right, reason: 'Nơi cư trú thuộc chi bộ mới' },
    });
    expect(placedReferred.reassignCandidateCell).toMatchObject({ mentorsReleased: 0, mentorsKept: 0, candidate: { cellId: right, needsCellReassignment: false } });
    expect((await view(waiting.candidate.id)).referrals).toEqual([{ id: waiting.referral.id, cellId: right, status: 'SUBMITTED' }]);
    const accepted = await h.ok<{ acceptReferral: { candidate: { status: string; cellId: string } } }>(secretaryOf(right), ACCEPT, {
      input: { referralId: waiting.referral.id },
    });
    expect(accepted.acceptReferral.candidate).toEqual({ status: 'IN_SOURCE_POOL', cellId: right });
    expect((await listed(ward.who.board, { needsCellReassignment: true })).map((n) => n.id)).not.toContain(nurtured);
  });

  it('does not guess for a dissolved cell or a merge into an unknown organisation', async () => {
    const [dissolved, mergedAway] = await newCells(2);
    const inDissolved = (await referred(dissolved)).candidate.id;
    const inMerged = await pooled(mergedAway);
    await close(dissolved, 'DISSOLVED', []);
    await close(mergedAway, 'MERGED', [randomUUID()]);
    expect(await view(inDissolved)).toMatchObject({ cellId: dissolved, needsCellReassignment: true });
    expect((await view(inDissolved)).stageHistory.at(-1)).toMatchObject({ event: 'CELL_CLOSED', reason: 'DISSOLVED' });
    expect(await view(inMerged)).toMatchObject({ cellId: mergedAway, needsCellReassignment: true });
    expect((await view(inMerged)).stageHistory.at(-1)).toMatchObject({ event: 'CELL_CLOSED', reason: 'MERGED' });
  });

  it('lets the board move any candidate still in the pipeline, releasing mentors who are not members of the new cell', async () => {
    const nurtured = await pooled(ward.cellA, [ward.members.officialA3]);
    const moved = await h.ok<ReassignResult>(ward.who.standing, REASSIGN, {
      input: { candidateId: nurtured, cellId: ward.cellC, reason: 'Chuyển nơi cư trú' },
    });
    expect(moved.reassignCandidateCell).toMatchObject({ previousCellId: ward.cellA, mentorsReleased: 1, mentorsKept: 0, candidate: { cellId: ward.cellC } });
    const after = await view(nurtured);
    expect(after.mentors).toEqual([
      { memberId: ward.members.officialA3, cellId: ward.cellA, releasedOn: expect.any(String), releaseReason: 'Candidate moved to another cell' },
    ]);
    expect(after.stageHistory.at(-1)).toMatchObject({ event: 'CELL_REASSIGNED', fromStatus: 'IN_SOURCE_POOL', toStatus: 'IN_SOURCE_POOL' });
    const released = await waitFor(async () => {
      const list = await mentorEvents(nurtured);
      return list.some((e) => e.type === 'sourcing.candidate.mentor-released') ? list : null;
    }, { what: 'mentor-released' });
    expect(released.at(-1)).toEqual({ type: 'sourcing.candidate.mentor-released', memberId: ward.members.officialA3 });
  });

  it('refuses a move by the wrong role, outside the secretary’s part of the ward, to an inactive cell, or of a candidate who left the pipeline', async () => {
    const [closedCell] = await newCells(1);
    await close(closedCell, 'DISSOLVED', []);
    const candidate = await pooled(ward.cellA);
    const attempt = (who: Identity | null, input: Record<string, unknown>) => h.gql(who, REASSIGN, { input: { reason: 'Lý do', ...input } });
    const errorOf = async (who: Identity | null, input: Record<string, unknown>) => (await attempt(who, input)).errors?.[0]?.extensions;

    for (const who of [ward.who.committeeMember, ward.who.auditor, ward.who.trainingCentre, ward.who.youthStaff]) {
      expect(await errorOf(who, { candidateId: candidate, cellId: ward.cellB })).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await errorOf(null, { candidateId: candidate, cellId: ward.cellB })).toMatchObject({ code: 'UNAUTHENTICATED' });
    // The new cell outside the secretary's part of the ward; the candidate outside it.
    expect(await errorOf(ward.who.secretaryGrassroots, { candidateId: candidate, cellId: ward.cellC })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(ward.who.secretaryA, { candidateId: candidate, cellId: ward.cellB })).toMatchObject({ code: 'FORBIDDEN' });
    // A candidate of another cell: the same answer as for one that does not exist.
    expect(await errorOf(ward.who.secretaryC, { candidateId: candidate, cellId: ward.cellC })).toMatchObject({ code: 'NOT_FOUND' });
    // A closed cell, an unknown one, an organisation that is not a cell, the same cell.
    expect(await errorOf(ward.who.board, { candidateId: candidate, cellId: closedCell })).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.CANDIDATE_IN_AN_ACTIVE_CELL' });
    expect(await errorOf(ward.who.board, { candidateId: candidate, cellId: randomUUID() })).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.CANDIDATE_IN_AN_ACTIVE_CELL' });
    expect(await errorOf(ward.who.board, { candidateId: candidate, cellId: ward.grassrootsId })).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.CANDIDATE_IN_AN_ACTIVE_CELL' });
    expect(await errorOf(ward.who.board, { candidateId: candidate, cellId: ward.cellA })).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.CELL_CHANGE_MUST_CHANGE' });
    // Withdrawn, declined.
    const withdrawn = await pooled(ward.cellA);
    await h.ok(ward.who.secretaryA, WITHDRAW, { input: { candidateId: withdrawn, reason: 'MOVED_AWAY' } });
    expect(await errorOf(ward.who.board, { candidateId: withdrawn, cellId: ward.cellB })).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY' });
    const declined = await referred(ward.cellA);
    await h.ok(ward.who.secretaryA, DECLINE, { input: { referralId: declined.referral.id, reason: 'NOT_READY' } });
    expect(await errorOf(ward.who.board, { candidateId: declined.candidate.id, cellId: ward.cellB })).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY' });
    // No reason, an unknown candidate.
    expect(await errorOf(ward.who.board, { candidateId: candidate, cellId: ward.cellB, reason: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await errorOf(ward.who.board, { candidateId: randomUUID(), cellId: ward.cellB })).toMatchObject({ code: 'NOT_FOUND' });

    // Nothing moved; a secretary within their part of the ward may.
    expect((await view(candidate)).cellId).toBe(ward.cellA);
    const ok = await h.ok<ReassignResult>(ward.who.secretaryGrassroots, REASSIGN, { input: { candidateId: candidate, cellId: ward.cellB, reason: 'Chuyển nơi cư trú' } });
    expect(ok.reassignCandidateCell.candidate.cellId).toBe(ward.cellB);
  });

  it('puts no personal data in the events it publishes for these changes', async () => {
    const events = await h.sourcingEvents();
    const everything = JSON.stringify(events.filter((e) => e.type.startsWith('sourcing.candidate.mentor-') || e.type === 'sourcing.candidate.cell-changed'));
    const [{ names }] = await h.sql<{ names: string }>("select string_agg(full_name || '|' || national_id, '|') as names from candidate");
    for (const value of names.split('|')) expect(everything).not.toContain(value);
  });
});
