import { Problems } from '@pdv/errors';
import type { AdmissionPolicy } from './admission.policy';
import { met, notMet, type RuleOutcome, violation } from './rule-outcome';

/**
 * The dossier's stages (DOMAIN.md steps 4–11):
 *
 *   OPEN ──cell resolution passed──▶ CELL_RESOLVED ──grassroots resolution passed──▶ GRASSROOTS_RESOLVED
 *                                         │ (no grassroots committee)                      │
 *                                         └──────────────decision──────────────────────────┴─▶ DECIDED
 *   DECIDED ──ceremony──▶ PROBATION ──recognised──▶ OFFICIAL
 *                              └──────name removed──▶ NAME_REMOVED
 *
 *   OPEN, CELL_RESOLVED, GRASSROOTS_RESOLVED ──reject (reason)──▶ REJECTED
 *   any stage before PROBATION ──withdraw (reason)──▶ WITHDRAWN
 *   DECIDED, PROBATION, OFFICIAL ──annul a wrongful admission (reason)──▶ ANNULLED
 *
 * Papers are recorded while the dossier is OPEN. A failed vote is recorded without a change of stage: the cell may bring the dossier to a
 * later meeting, or reject it.
 */
export const DOSSIER_STATUSES = [
  'OPEN',
  'CELL_RESOLVED',
  'GRASSROOTS_RESOLVED',
  'DECIDED',
  'PROBATION',
  'OFFICIAL',
  'NAME_REMOVED',
  'REJECTED',
  'WITHDRAWN',
  'ANNULLED',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const CLOSED_DOSSIER_STATUSES: readonly DossierStatus[] = ['OFFICIAL', 'NAME_REMOVED', 'REJECTED', 'WITHDRAWN', 'ANNULLED'];

export type DossierStep =
  | { kind: 'RECORD_PAPER' }
  | { kind: 'CELL_RESOLUTION_PASSED' }
  | { kind: 'GRASSROOTS_RESOLUTION_PASSED' }
  | { kind: 'DECISION_MADE' }
  | { kind: 'CEREMONY_HELD' }
  | { kind: 'RECOGNITION_RESOLUTION' }
  | { kind: 'MEMBER_HISTORY_COMPLETED' }
  | { kind: 'RECOGNISED' }
  | { kind: 'NAME_REMOVED'; reason: string }
  | { kind: 'REJECT'; reason: string }
  | { kind: 'WITHDRAW'; reason: string }
  | { kind: 'ANNUL'; reason: string };

const NEXT: Readonly<Record<DossierStep['kind'], { from: readonly DossierStatus[]; to: DossierStatus }>> = {
  // Papers are gathered while the dossier is open; the cell votes on what it holds then.
  RECORD_PAPER: { from: ['OPEN'], to: 'OPEN' },
  CELL_RESOLUTION_PASSED: { from: ['OPEN'], to: 'CELL_RESOLVED' },
  GRASSROOTS_RESOLUTION_PASSED: { from: ['CELL_RESOLVED'], to: 'GRASSROOTS_RESOLVED' },
  DECISION_MADE: { from: ['CELL_RESOLVED', 'GRASSROOTS_RESOLVED'], to: 'DECIDED' },
  CEREMONY_HELD: { from: ['DECIDED'], to: 'PROBATION' },
  // The cell votes on recognition during probation; the committee's decision moves the stage.
  RECOGNITION_RESOLUTION: { from: ['PROBATION'], to: 'PROBATION' },
  // The new member's history is completed after the ceremony (step 9), during probation.
  MEMBER_HISTORY_COMPLETED: { from: ['PROBATION'], to: 'PROBATION' },
  RECOGNISED: { from: ['PROBATION'], to: 'OFFICIAL' },
  NAME_REMOVED: { from: ['PROBATION'], to: 'NAME_REMOVED' },
  REJECT: { from: ['OPEN', 'CELL_RESOLVED', 'GRASSROOTS_RESOLVED'], to: 'REJECTED' },
  WITHDRAW: { from: ['OPEN', 'CELL_RESOLVED', 'GRASSROOTS_RESOLVED', 'DECIDED'], to: 'WITHDRAWN' },
  ANNUL: { from: ['DECIDED', 'PROBATION', 'OFFICIAL'], to: 'ANNULLED' },
};

/**
 * The stage after `step` (ADMISSION.TRANSITION_NOT_ALLOWED when the step does not follow the
 * current stage). Where the cell sits under a grassroots committee its resolution comes before
 * the decision. A step that closes the dossier needs a reason (BAD_USER_INPUT naming it).
 */
export function nextDossierStatus(current: DossierStatus, step: DossierStep, context: { hasGrassrootsCommittee: boolean }): DossierStatus {
  if ('reason' in step && step.reason.trim() === '') {
    new Problems().add('input.reason', 'is required: say why, for the dossier’s history').throwIfAny();
  }
  const allowed = [...NEXT[step.kind].from].filter((from) => !(step.kind === 'DECISION_MADE' && from === 'CELL_RESOLVED' && context.hasGrassrootsCommittee));
  if (!allowed.includes(current)) {
    const facts = { status: current, step: step.kind, expected: allowed.join(',') };
    throw violation(
      'ADMISSION.TRANSITION_NOT_ALLOWED',
      {
        en: `The dossier is ${current}; ${step.kind} follows ${allowed.join(' or ')}.`,
        vi: `Hồ sơ đang ở bước ${current}; ${step.kind} chỉ thực hiện sau ${allowed.join(' hoặc ')}.`,
      },
      facts,
    );
  }
  return NEXT[step.kind].to;
}

/**
 * ADMISSION.COMPETENT_COMMITTEE (steps 8, 11): the decision is the committee's whose role
 * the tree's policy names (for this ward, its standing committee).
 */
export function competentCommitteeOutcome(args: { deciderRoles: readonly string[]; policy: Pick<AdmissionPolicy, 'competentCommitteeRole'> }): RuleOutcome {
  const rule = 'ADMISSION.COMPETENT_COMMITTEE';
  const { competentCommitteeRole } = args.policy;
  const facts = { competentCommitteeRole };
  return args.deciderRoles.includes(competentCommitteeRole)
    ? met(rule, { en: `Decided by ${competentCommitteeRole}.`, vi: `Do ${competentCommitteeRole} quyết định.` }, facts)
    : notMet(rule, { en: `Only ${competentCommitteeRole} decides in this organisation tree.`, vi: `Chỉ ${competentCommitteeRole} có thẩm quyền quyết định trong tổ chức đảng này.` }, facts);
}
