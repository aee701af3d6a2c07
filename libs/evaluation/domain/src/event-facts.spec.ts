import { PROGRESS_FACTS as F } from './event-facts';

const K = '00000000-0000-4000-8000-00000000000a';
const CELL = '00000000-0000-4000-8000-0000000000c1';
const OTHER = '00000000-0000-4000-8000-0000000000c2';
const X = '00000000-0000-4000-8000-0000000000ff';
// 23:30 UTC on 30 June is 06:30 on 1 July in Hanoi.
const LATE_EVENING_UTC = new Date('2026-06-30T23:30:00Z');

describe('PROGRESS_FACTS', () => {
  it.each<[string, () => unknown, unknown]>([
    [
      'a referral: the cell, mass organisation and source',
      () => F.referralSubmitted({ referralId: X, candidateId: K, massOrganisationId: X, cellId: CELL, sourceCategory: 'RETURNING_GRADUATE', submittedOn: '2026-03-02', isRepeatReferral: false }),
      [{ kind: 'STAGE', candidateId: K, stage: 'REFERRED', on: '2026-03-02', unitId: CELL, massOrganisationId: X, sourceCategory: 'RETURNING_GRADUATE' }],
    ],
    ['an acceptance', () => F.candidateAccepted({ candidateId: K, cellId: CELL, acceptedOn: '2026-03-10' }), [{ kind: 'STAGE', candidateId: K, stage: 'ACCEPTED', on: '2026-03-10', unitId: CELL }]],
    ['a decline, dated in Vietnam time', () => F.candidateDeclined({ candidateId: K, cellId: CELL, reason: 'NOT_READY' }, LATE_EVENING_UTC), [{ kind: 'DROPPED', candidateId: K, on: '2026-07-01' }]],
    ['a withdrawal', () => F.candidateWithdrawn({ candidateId: K, reason: 'MOVED_AWAY', withdrawnOn: '2026-05-05' }), [{ kind: 'DROPPED', candidateId: K, on: '2026-05-05' }]],
    [
      'a cell change',
      () => F.candidateCellChanged({ candidateId: K, fromCellId: CELL, toCellId: OTHER, cause: 'CELL_MERGED', changedOn: '2026-08-01' }),
      [{ kind: 'MOVED', candidateId: K, toUnitId: OTHER, on: '2026-08-01' }],
    ],
    [
      'a nomination to an awareness course, dated in Vietnam time',
      () => F.enrolmentNominated({ enrolmentId: X, courseId: X, courseKind: 'AWARENESS', candidateId: K, memberId: null, nominatedBy: X }, LATE_EVENING_UTC),
      [{ kind: 'STAGE', candidateId: K, stage: 'SENT_TO_TRAINING', on: '2026-07-01' }],
    ],
    [
      'a nomination to a new-member course: not the candidates’ funnel',
      () => F.enrolmentNominated({ enrolmentId: X, courseId: X, courseKind: 'NEW_MEMBER', candidateId: null, memberId: X, nominatedBy: X }, LATE_EVENING_UTC),
      [],
    ],
    [
      'an awareness certificate',
      () => F.certificateIssued({ certificateId: X, courseKind: 'AWARENESS', candidateId: K, memberId: null, issuedOn: '2026-07-20', validUntil: '2031-07-20' }),
      [{ kind: 'STAGE', candidateId: K, stage: 'TRAINED', on: '2026-07-20' }],
    ],
    ['a dossier opened', () => F.dossierOpened({ dossierId: X, candidateId: K, cellId: CELL, openedOn: '2026-08-03' }), [{ kind: 'STAGE', candidateId: K, stage: 'DOSSIER_OPENED', on: '2026-08-03', unitId: CELL }]],
    ['a dossier closed', () => F.dossierClosed({ dossierId: X, candidateId: K, cellId: CELL, outcome: 'REJECTED', closedOn: '2026-09-03' }), [{ kind: 'DROPPED', candidateId: K, on: '2026-09-03' }]],
    [
      'a ceremony: decided on the decision’s date, admitted on the ceremony’s',
      () => F.admissionCeremonyHeld({ dossierId: X, candidateId: K, cellId: CELL, admissionDecisionDate: '2026-10-01', ceremonyDate: '2026-10-20' }),
      [
        { kind: 'STAGE', candidateId: K, stage: 'DECIDED', on: '2026-10-01', unitId: CELL },
        { kind: 'STAGE', candidateId: K, stage: 'ADMITTED', on: '2026-10-20', unitId: CELL },
      ],
    ],
    [
      'a recognition, on its decision’s date',
      () => F.officialRecognitionGranted({ dossierId: X, candidateId: K, memberId: X, officialDate: '2027-10-01', decisionDate: '2027-11-02' }),
      [{ kind: 'STAGE', candidateId: K, stage: 'RECOGNISED', on: '2027-11-02' }],
    ],
    [
      'a cell’s resolution, on its meeting’s date',
      () => F.cellResolutionPassed({ resolutionId: X, dossierId: X, candidateId: K, cellId: CELL, meetingDate: '2026-09-10', base: 9, inFavour: 8 }),
      [{ kind: 'STAGE', candidateId: K, stage: 'CELL_RESOLVED', on: '2026-09-10', unitId: CELL }],
    ],
    [
      'a decision, on its date',
      () => F.admissionDecided({ dossierId: X, candidateId: K, cellId: CELL, decisionDate: '2026-10-01', receivedOn: '2026-10-03' }),
      [{ kind: 'STAGE', candidateId: K, stage: 'DECIDED', on: '2026-10-01', unitId: CELL }],
    ],
    [
      'an annulment, on its date',
      () => F.admissionAnnulled({ dossierId: X, candidateId: K, cellId: CELL, memberId: X, annulledOn: '2027-02-01' }),
      [{ kind: 'STAGE', candidateId: K, stage: 'ANNULLED', on: '2027-02-01', unitId: CELL }],
    ],
    ['a name removed', () => F.probationaryNameRemoved({ dossierId: X, candidateId: K, memberId: X, effectiveDate: '2027-10-05' }), [{ kind: 'STAGE', candidateId: K, stage: 'NAME_REMOVED', on: '2027-10-05' }]],
  ])('%s', (_case, call, expected) => {
    expect(call()).toEqual(expected);
  });
});
