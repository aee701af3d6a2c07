import { AppError } from '@pdv/errors';
import {
  CANDIDATE_STATUSES,
  transitionCandidate,
  type CandidateEvent,
  type CandidateStatus,
} from './index';

const at = new Date('2026-03-15T03:00:00Z');
const context = { at, actorId: 'user-7' };

const accept: CandidateEvent = { kind: 'ACCEPT' };
const decline: CandidateEvent = { kind: 'DECLINE', reason: 'NOT_READY' };
const reRefer: CandidateEvent = { kind: 'RE_REFER' };
const withdraw: CandidateEvent = { kind: 'WITHDRAW', reason: 'MOVED_AWAY' };
const nominated: CandidateEvent = { kind: 'NOMINATED_TO_COURSE' };
const failed: CandidateEvent = { kind: 'COURSE_FAILED' };
const placeEnded: CandidateEvent = { kind: 'COURSE_PLACE_ENDED', otherOpenPlaces: false };
const onePlaceOfTwoEnded: CandidateEvent = { kind: 'COURSE_PLACE_ENDED', otherOpenPlaces: true };
const certificate: CandidateEvent = { kind: 'CERTIFICATE_ISSUED' };
const opened: CandidateEvent = { kind: 'DOSSIER_OPENED' };
const rejected: CandidateEvent = { kind: 'DOSSIER_CLOSED', outcome: 'REJECTED' };
const dossierWithdrawn: CandidateEvent = { kind: 'DOSSIER_CLOSED', outcome: 'WITHDRAWN' };
const ceremony: CandidateEvent = { kind: 'CEREMONY_HELD' };

function ruleOf(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError && error.code === 'RULE_VIOLATION') return error.rule;
    throw error;
  }
  throw new Error('expected a rule violation');
}

describe('transitionCandidate: the allowed moves', () => {
  it.each<[CandidateStatus, CandidateEvent, CandidateStatus]>([
    ['REFERRED', accept, 'IN_SOURCE_POOL'],
    ['REFERRED', decline, 'DECLINED'],
    ['DECLINED', reRefer, 'REFERRED'],
    ['WITHDRAWN', reRefer, 'REFERRED'],
    ['IN_SOURCE_POOL', nominated, 'IN_TRAINING'],
    ['IN_TRAINING', certificate, 'TRAINED'],
    ['IN_TRAINING', failed, 'IN_SOURCE_POOL'],
    ['TRAINED', opened, 'IN_ADMISSION'],
    ['IN_ADMISSION', ceremony, 'ADMITTED'],
    ['IN_ADMISSION', rejected, 'TRAINED'],
    ['IN_ADMISSION', dossierWithdrawn, 'TRAINED'],
    ['REFERRED', withdraw, 'WITHDRAWN'],
    ['DECLINED', withdraw, 'WITHDRAWN'],
    ['IN_SOURCE_POOL', withdraw, 'WITHDRAWN'],
    ['IN_TRAINING', withdraw, 'WITHDRAWN'],
    ['TRAINED', withdraw, 'WITHDRAWN'],
    ['IN_ADMISSION', withdraw, 'WITHDRAWN'],
  ])('%s + %o → %s', (from, event, to) => {
    expect(transitionCandidate(from, event, context)).toEqual(
      expect.objectContaining({ from, to, event: event.kind, at, actorId: 'user-7' }),
    );
  });
});

describe('transitionCandidate: history entries', () => {
  it.each<[string, CandidateStatus, CandidateEvent, { reason: string; note: string | null }]>([
    ['a decline records its reason', 'REFERRED', decline, { reason: 'NOT_READY', note: null }],
    [
      'an "other" decline records its note',
      'REFERRED',
      { kind: 'DECLINE', reason: 'OTHER', note: '  Chưa tham gia sinh hoạt  ' },
      { reason: 'OTHER', note: 'Chưa tham gia sinh hoạt' },
    ],
    ['a withdrawal records its reason', 'TRAINED', withdraw, { reason: 'MOVED_AWAY', note: null }],
    ['a milestone records the event as reason', 'IN_TRAINING', certificate, { reason: 'CERTIFICATE_ISSUED', note: null }],
  ])('%s', (_case, from, event, expected) => {
    expect(transitionCandidate(from, event, context)).toEqual(expect.objectContaining(expected));
  });
});

describe('transitionCandidate: milestones late, repeated or out of order', () => {
  it.each<[string, CandidateStatus, CandidateEvent, CandidateStatus | null]>([
    ['certificate for a candidate already in admission: no-op', 'IN_ADMISSION', certificate, null],
    ['certificate twice: no-op', 'TRAINED', certificate, null],
    ['nomination twice: no-op', 'IN_TRAINING', nominated, null],
    ['nomination after the certificate (late event): no-op', 'TRAINED', nominated, null],
    ['renewal nomination of a trained candidate: no-op', 'TRAINED', nominated, null],
    ['course failed twice: no-op', 'IN_SOURCE_POOL', failed, null],
    ['course failed while already trained (a renewal attempt): no-op', 'TRAINED', failed, null],
    ['dossier opened twice: no-op', 'IN_ADMISSION', opened, null],
    ['dossier closed twice: no-op', 'TRAINED', rejected, null],
    ['dossier closed after the ceremony: no-op', 'ADMITTED', rejected, null],
    ['ceremony twice: no-op', 'ADMITTED', ceremony, null],
    ['certificate before the (late) nomination: forward to TRAINED', 'IN_SOURCE_POOL', certificate, 'TRAINED'],
    ['dossier opened before the (late) certificate: forward to IN_ADMISSION', 'IN_TRAINING', opened, 'IN_ADMISSION'],
    ['ceremony before the (late) dossier event: forward to ADMITTED', 'TRAINED', ceremony, 'ADMITTED'],
    ['certificate after withdrawal: ignored', 'WITHDRAWN', certificate, null],
    ['dossier opened after withdrawal: ignored', 'WITHDRAWN', opened, null],
    ['course failed after withdrawal: ignored', 'WITHDRAWN', failed, null],
    ['the only place refused, withdrawn or cancelled: back to the pool', 'IN_TRAINING', placeEnded, 'IN_SOURCE_POOL'],
    ['one of two places ended: still in training', 'IN_TRAINING', onePlaceOfTwoEnded, null],
    ['place ended twice: no-op', 'IN_SOURCE_POOL', placeEnded, null],
    ['a renewal place of a trained candidate ended: no-op', 'TRAINED', placeEnded, null],
    ['a place ended while in admission: no-op', 'IN_ADMISSION', placeEnded, null],
    ['a place released after withdrawal: ignored', 'WITHDRAWN', placeEnded, null],
  ])('%s', (_case, from, event, to) => {
    const entry = transitionCandidate(from, event, context);
    expect(entry === null ? null : entry.to).toBe(to);
  });

  it('repeats nothing when the same milestone is replayed on the result', () => {
    const first = transitionCandidate('IN_TRAINING', certificate, context)!;
    expect(transitionCandidate(first.to, certificate, context)).toBeNull();
  });
});

describe('transitionCandidate: what cannot happen (rule ids)', () => {
  it.each<[string, CandidateStatus, CandidateEvent, string]>([
    ['accept twice', 'IN_SOURCE_POOL', accept, 'SOURCING.TRANSITION_NOT_ALLOWED'],
    ['accept a declined candidate without a new referral', 'DECLINED', accept, 'SOURCING.TRANSITION_NOT_ALLOWED'],
    ['accept a candidate in training', 'IN_TRAINING', accept, 'SOURCING.TRANSITION_NOT_ALLOWED'],
    ['accept a withdrawn candidate', 'WITHDRAWN', accept, 'SOURCING.CANDIDATE_CLOSED'],
    ['accept an admitted candidate', 'ADMITTED', accept, 'SOURCING.CANDIDATE_CLOSED'],
    ['decline a candidate in the pool', 'IN_SOURCE_POOL', decline, 'SOURCING.TRANSITION_NOT_ALLOWED'],
    ['decline an admitted candidate', 'ADMITTED', decline, 'SOURCING.CANDIDATE_CLOSED'],
    ['decline for "other" without a note', 'REFERRED', { kind: 'DECLINE', reason: 'OTHER', note: '  ' }, 'SOURCING.DECLINE_NEEDS_REASON'],
    ['decline with an unknown reason', 'REFERRED', { kind: 'DECLINE', reason: 'BORED' as 'OTHER' }, 'SOURCING.DECLINE_NEEDS_REASON'],
    ['withdraw an admitted candidate', 'ADMITTED', withdraw, 'SOURCING.CANDIDATE_CLOSED'],
    ['withdraw twice', 'WITHDRAWN', withdraw, 'SOURCING.CANDIDATE_CLOSED'],
    ['withdraw for "other" without a note', 'TRAINED', { kind: 'WITHDRAW', reason: 'OTHER' }, 'SOURCING.WITHDRAWAL_NEEDS_REASON'],
    ['withdraw with an unknown reason', 'TRAINED', { kind: 'WITHDRAW', reason: '' as 'OTHER' }, 'SOURCING.WITHDRAWAL_NEEDS_REASON'],
    ['refer an admitted person again', 'ADMITTED', reRefer, 'SOURCING.ADMITTED_NOT_REFERABLE'],
    ['nominate a candidate never accepted', 'REFERRED', nominated, 'SOURCING.MILESTONE_BEFORE_ACCEPTANCE'],
    ['certificate for a declined candidate', 'DECLINED', certificate, 'SOURCING.MILESTONE_BEFORE_ACCEPTANCE'],
    ['ceremony for a withdrawn candidate', 'WITHDRAWN', ceremony, 'SOURCING.CEREMONY_AFTER_WITHDRAWAL'],
  ])('%s (%s, %o) → %s', (_case, from, event, rule) => {
    expect(ruleOf(() => transitionCandidate(from, event, context))).toBe(rule);
  });

  it('says what the status is, without personal data', () => {
    expect(() => transitionCandidate('DECLINED', accept, context)).toThrow(/The candidate is DECLINED; ACCEPT is not possible/);
  });
});

describe('transitionCandidate: a repeat referral', () => {
  it.each(CANDIDATE_STATUSES.filter((s) => !['DECLINED', 'WITHDRAWN', 'ADMITTED'].includes(s)))(
    'for a candidate in status %s changes nothing (the referral is attached)',
    (status) => {
      expect(transitionCandidate(status, reRefer, context)).toBeNull();
    },
  );
});
