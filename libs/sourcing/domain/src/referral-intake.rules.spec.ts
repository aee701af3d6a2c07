import { decideIntake, type HeldCandidate, type IntakeDecision, SOURCING_RULES, type StatedIdentity } from './index';

const person: StatedIdentity = { fullName: 'Nguyễn Thị Lan', dateOfBirth: '2000-05-01', gender: 'FEMALE' };

function held(overrides: Partial<HeldCandidate> = {}): HeldCandidate {
  return { candidateId: 'c1', status: 'IN_SOURCE_POOL', fullName: person.fullName, records: [person], ...overrides };
}

const mismatch = SOURCING_RULES['SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH'];
const admitted = SOURCING_RULES['SOURCING.ADMITTED_NOT_REFERABLE'];

describe('decideIntake', () => {
  it.each<[string, StatedIdentity, HeldCandidate | null, string | null, IntakeDecision]>([
    ['nobody holds the number', person, null, null, { kind: 'CREATE' }],
    [
      'another date of birth than the record held',
      { ...person, dateOfBirth: '2000-05-02' },
      held(),
      null,
      { kind: 'IDENTITY_MISMATCH', rule: mismatch, candidateId: 'c1' },
    ],
    [
      'the identity is checked before the status (an admitted member is not revealed)',
      { ...person, gender: 'MALE' },
      held({ status: 'ADMITTED' }),
      null,
      { kind: 'IDENTITY_MISMATCH', rule: mismatch, candidateId: 'c1' },
    ],
    [
      'a folded record: the identity must agree with the kept record too',
      person,
      held({ records: [person, { ...person, fullName: 'Trần Thị Lan' }] }),
      null,
      { kind: 'IDENTITY_MISMATCH', rule: mismatch, candidateId: 'c1' },
    ],
    ['an admitted member', person, held({ status: 'ADMITTED' }), null, { kind: 'ADMITTED', rule: admitted }],
    ['an open referral by the same organisation', person, held(), 'r1', { kind: 'ALREADY_REFERRED', candidateId: 'c1', referralId: 'r1' }],
    [
      'held, no open referral of this organisation: attached',
      person,
      held({ status: 'IN_TRAINING' }),
      null,
      { kind: 'ATTACH', candidateId: 'c1', previousStatus: 'IN_TRAINING', reRefer: false, spellingDiffers: false },
    ],
    [
      'declined: comes back, even with an old open referral',
      person,
      held({ status: 'DECLINED' }),
      'r1',
      { kind: 'ATTACH', candidateId: 'c1', previousStatus: 'DECLINED', reRefer: true, spellingDiffers: false },
    ],
    [
      'withdrawn: comes back',
      person,
      held({ status: 'WITHDRAWN' }),
      null,
      { kind: 'ATTACH', candidateId: 'c1', previousStatus: 'WITHDRAWN', reRefer: true, spellingDiffers: false },
    ],
    [
      'the name written without accents: attached, spelling warned',
      { ...person, fullName: 'Nguyen Thi Lan' },
      held(),
      null,
      { kind: 'ATTACH', candidateId: 'c1', previousStatus: 'IN_SOURCE_POOL', reRefer: false, spellingDiffers: true },
    ],
  ])('%s', (_case, submitted, holder, open, expected) => {
    expect(decideIntake(submitted, holder, open)).toEqual(expected);
  });
});
