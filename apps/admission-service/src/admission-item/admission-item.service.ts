import { randomUUID } from 'node:crypto';
import { todayInVietnam } from '@pdv/calendar';
import { admissionItemRegistered } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import { planNewAdmissionItem } from '@pdv/admission-domain';
import { isUniqueViolation } from '../common/db-errors';
import type { ServiceScope } from '../common/service-scope';
import { AdmissionItemEntity, type AdmissionItemRow } from './admission-item.entity';
import { countItems, findItemById, findItemsPage } from './admission-item.queries';

export interface RegisterAdmissionItemCommand {
  code: string;
  title: string;
  effectiveFrom: string;
}

export interface ItemPage {
  rows: AdmissionItemRow[];
  totalCount: number;
}

/** The register: items are checked by the domain, written with their event in one transaction. */
export class AdmissionItemService {
  constructor(private readonly scope: ServiceScope) {}

  get(id: string): Promise<AdmissionItemRow | null> {
    return findItemById(this.scope.em, id);
  }

  /** `limit` is the page size plus one (the extra row only tells whether a next page exists). */
  async list(after: readonly [string, string] | null, limit: number): Promise<ItemPage> {
    // Sequential: one request's unit of work has one connection.
    const rows = await findItemsPage(this.scope.em, after, limit);
    return { rows, totalCount: await countItems(this.scope.em) };
  }

  async register(command: RegisterAdmissionItemCommand): Promise<AdmissionItemRow> {
    const { clock, actor, events } = this.scope;
    const item = planNewAdmissionItem({ itemId: randomUUID(), ...command }, { today: todayInVietnam(clock) });
    try {
      return await this.scope.em.transactional(async (em) => {
        const row: AdmissionItemRow = {
          id: item.itemId,
          code: item.code,
          title: item.title,
          effectiveFrom: item.effectiveFrom,
          recordedAt: clock.now(),
          recordedBy: actor.id,
          recordedByRole: actor.role,
        };
        await em.insertMany(AdmissionItemEntity, [row]);
        events.recordEvent(em, admissionItemRegistered, {
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
