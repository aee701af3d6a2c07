import { inOrderOf, Where } from '@pdv/persistence';
import { LockMode } from '@mikro-orm/postgresql';
import { assertRecordInScope } from '@pdv/auth';
import { candidateWithdrawn } from '@pdv/contracts';
import { AppError, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { localDateInVietnam } from '@pdv/calendar';
import { CandidateEntity, type CandidateRow } from '../candidate/candidate.entity';
import { moveCandidate } from '../candidate/candidate-stage.writer';
import { candidateVisibility } from '../common/access';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import type { Caller } from '../common/caller';
import { pairCursor } from '../common/cursor';
import { requireCaller, type ServiceScope } from '../common/service-scope';
import { SourcingScopes } from '../mass-organisation/mass-organisation.scopes';
import type { DismissPossibleDuplicateCommand, LinkPossibleDuplicateCommand } from './possible-duplicate.parse';
import { PossibleDuplicateEntity, type PossibleDuplicateRow, type PossibleDuplicateStatus } from './possible-duplicate.entity';

/** Possible duplicates: flagged at intake, decided by a person. */
export class PossibleDuplicateService {
  constructor(private readonly scope: ServiceScope) {}

  /** Pairs whose both records the caller may see, newest first. */
  async list(
    filter: { status: PossibleDuplicateStatus | null; candidateId?: string | null },
    first: number,
    after: string | null | undefined,
  ): Promise<{ rows: PossibleDuplicateRow[]; totalCount: number }> {
    const caller = requireCaller(this.scope);
    const a = candidateVisibility(caller.identity, 'ca');
    const b = candidateVisibility(caller.identity, 'cb');
    const where = new Where();
    where.and(`exists (select 1 from candidate ca where ca.id = p.candidate_id and (${a.sql}))`, ...a.params);
    where.and(`exists (select 1 from candidate cb where cb.id = p.other_candidate_id and (${b.sql}))`, ...b.params);
    if (filter.status) where.and('p.status = ?', filter.status);
    if (filter.candidateId) where.and('(p.candidate_id = ?::uuid or p.other_candidate_id = ?::uuid)', filter.candidateId, filter.candidateId);
    const page = new Where();
    page.and(where.sql.replace(/^where /, ''), ...where.params);
    const cursor = pairCursor(after);
    if (cursor) page.and('(p.flagged_at, p.id) < (?::timestamptz, ?::uuid)', cursor[0], cursor[1]);
    const [ids, counts] = await Promise.all([
      this.scope.em.execute<{ id: string }[]>(`select p.id from possible_duplicate p ${page.sql} order by p.flagged_at desc, p.id desc limit ?`, [
        ...page.params,
        first + 1,
      ]),
      this.scope.em.execute<{ count: string }[]>(`select count(*) as count from possible_duplicate p ${where.sql}`, where.params),
    ]);
    const list = ids.map((row) => row.id);
    const rows = list.length ? await this.scope.em.find(PossibleDuplicateEntity, { id: { $in: list } }) : [];
    return { rows: inOrderOf(list, rows), totalCount: Number(counts[0]?.count ?? 0) };
  }

  async link(command: LinkPossibleDuplicateCommand): Promise<PossibleDuplicateRow> {
    const caller = requireCaller(this.scope);
    const { note } = command;
    return this.scope.em.transactional(async (tx) => {
      const pair = await this.lockOpenPair(tx, command.possibleDuplicateId);
      if (command.keepCandidateId !== pair.candidateId && command.keepCandidateId !== pair.otherCandidateId) {
        throw ruleViolation(SOURCING_APP_RULES['SOURCING.LINK_KEEPS_ONE_OF_THE_PAIR']);
      }
      const dropId = command.keepCandidateId === pair.candidateId ? pair.otherCandidateId : pair.candidateId;
      const [keep, drop] = await this.lockPairCandidates(tx, caller, command.keepCandidateId, dropId);
      if (drop.status !== 'REFERRED' && drop.status !== 'DECLINED') {
        throw ruleViolation(SOURCING_APP_RULES['SOURCING.LINK_ONLY_UNACCEPTED'], `The record to fold in is ${drop.status}.`, { status: drop.status });
      }
      const now = this.scope.deps.clock.now();
      // The referrals follow the person: quotas keep counting them, now on the kept record.
      const moved = await tx.execute<{ id: string; status: string }[]>(
        `update referral set candidate_id = ?::uuid, moved_from_candidate_id = ?::uuid, is_repeat = true
          where candidate_id = ?::uuid returning id, status`,
        [keep.id, drop.id, drop.id],
      );
      if (moved.some((referral) => referral.status === 'SUBMITTED') && (keep.status === 'DECLINED' || keep.status === 'WITHDRAWN')) {
        // An open referral brings the kept record back to the cell, as a new referral would.
        await moveCandidate(tx, this.scope.deps, keep, { kind: 'RE_REFER' }, caller.actor, now);
      }
      await moveCandidate(
        tx,
        this.scope.deps,
        drop,
        { kind: 'WITHDRAW', reason: 'OTHER', note: 'Linked as the same person as another candidate record; its referrals moved there.' },
        caller.actor,
        now,
      );
      drop.duplicateOfId = keep.id;
      this.scope.deps.events.recordEvent(tx, candidateWithdrawn, {
        aggregateId: drop.id,
        actor: caller.actor,
        occurredAt: now,
        data: { candidateId: drop.id, reason: 'OTHER', withdrawnOn: localDateInVietnam(now) },
      });
      pair.status = 'LINKED';
      pair.resolvedAt = now;
      pair.resolvedBy = caller.identity.userId;
      pair.keptCandidateId = keep.id;
      pair.note = note;
      return pair;
    });
  }

  async dismiss(command: DismissPossibleDuplicateCommand): Promise<PossibleDuplicateRow> {
    const caller = requireCaller(this.scope);
    const { note } = command;
    return this.scope.em.transactional(async (tx) => {
      const pair = await this.lockOpenPair(tx, command.possibleDuplicateId);
      await this.lockPairCandidates(tx, caller, pair.candidateId, pair.otherCandidateId);
      pair.status = 'DISMISSED';
      pair.resolvedAt = this.scope.deps.clock.now();
      pair.resolvedBy = caller.identity.userId;
      pair.note = note;
      return pair;
    });
  }

  private async lockOpenPair(tx: EntityManager, id: string): Promise<PossibleDuplicateRow> {
    const pair = await tx.findOne(PossibleDuplicateEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!pair) throw AppError.notFound('Possible duplicate', id);
    if (pair.status !== 'OPEN') throw ruleViolation(SOURCING_APP_RULES['SOURCING.DUPLICATE_RESOLVED'], `It is ${pair.status}.`);
    return pair;
  }

  /** Both records, locked in id order (no deadlock between two deciders), each in the caller's scope. */
  private async lockPairCandidates(tx: EntityManager, caller: Caller, firstId: string, secondId: string): Promise<[CandidateRow, CandidateRow]> {
    const rows = await tx.find(CandidateEntity, { id: { $in: [firstId, secondId] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    const first = rows.find((row) => row.id === firstId);
    const second = rows.find((row) => row.id === secondId);
    if (!first || !second) throw AppError.notFound('Candidate', !first ? firstId : secondId);
    const scopes = new SourcingScopes(tx);
    await assertRecordInScope(caller.identity, first.cellId, scopes, () => AppError.notFound('Candidate', firstId));
    await assertRecordInScope(caller.identity, second.cellId, scopes, () => AppError.notFound('Candidate', secondId));
    return [first, second];
  }
}
