import { randomUUID } from 'node:crypto';
import { todayInVietnam } from '@pdv/calendar';
import { evaluationItemRegistered } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import { planNewEvaluationItem } from '@pdv/evaluation-domain';
import { isUniqueViolation } from '../common/db-errors';
import type { ServiceScope } from '../common/service-scope';
import { EvaluationItemEntity, type EvaluationItemRow } from './evaluation-item.entity';
import { countItems, findItemById, findItemsPage } from './evaluation-item.queries';

export interface RegisterEvaluationItemCommand {
  code: string;
  title: string;
  effectiveFrom: string;
}

export interface ItemPage {
  rows: EvaluationItemRow[];
  totalCount: number;
}

/** The register: items are checked by the domain, written with their event in one transaction. */
export class EvaluationItemService {
  constructor(private readonly scope: ServiceScope) {}

  get(id: string): Promise<EvaluationItemRow | null> {
    return findItemById(this.scope.em, id);
  }

  /** `limit` is the page size plus one (the extra row only tells whether a next page exists). */
  async list(after: readonly [string, string] | null, limit: number): Promise<ItemPage> {
    // Sequential: one request's unit of work has one connection.
    const rows = await findItemsPage(this.scope.em, after, limit);
    return { rows, totalCount: await countItems(this.scope.em) };
  }

  async register(command: RegisterEvaluationItemCommand): Promise<EvaluationItemRow> {
    const { clock, actor, events } = this.scope;
    const item = planNewEvaluationItem({ itemId: randomUUID(), ...command }, { today: todayInVietnam(clock) });
    try {
      return await this.scope.em.transactional(async (em) => {
        const row: EvaluationItemRow = {
          id: item.itemId,
          code: item.code,
          title: item.title,
          effectiveFrom: item.effectiveFrom,
          recordedAt: clock.now(),
          recordedBy: actor.id,
          recordedByRole: actor.role,
        };
        await em.insertMany(EvaluationItemEntity, [row]);
        events.recordEvent(em, evaluationItemRegistered, {
          aggregateId: row.id,
          actor,
          data: { itemId: row.id, code: row.code, effectiveFrom: row.effectiveFrom },
        });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict(`An item with code ${item.code} is already registered.`, { code: item.code });
      throw error;
    }
  }
}
