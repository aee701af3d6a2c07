import { randomUUID } from 'node:crypto';
import { AppError } from '@pdv/errors';
import { planInstitution } from '@pdv/training-domain';
import { isUniqueViolation } from '../common/db-errors';
import type { ServiceScope } from '../common/service-scope';
import { InstitutionEntity, type InstitutionRow } from './institution.entity';
import { countInstitutions, findInstitutionById, findInstitutionsPage } from './institution.queries';

export interface RegisterInstitutionCommand {
  code: string;
  name: string;
}

export interface InstitutionPage {
  rows: InstitutionRow[];
  totalCount: number;
}

/** The institutions that run courses: checked by the domain, one per code. */
export class InstitutionService {
  constructor(private readonly scope: ServiceScope) {}

  get(id: string): Promise<InstitutionRow | null> {
    return findInstitutionById(this.scope.em, id);
  }

  /** `limit` is the page size plus one (the extra row only tells whether a next page exists). */
  async list(after: readonly [string, string] | null, limit: number): Promise<InstitutionPage> {
    // Sequential: one request's unit of work has one connection.
    const rows = await findInstitutionsPage(this.scope.em, after, limit);
    return { rows, totalCount: await countInstitutions(this.scope.em) };
  }

  async register(command: RegisterInstitutionCommand): Promise<InstitutionRow> {
    const { clock, actor } = this.scope;
    const institution = planInstitution({ institutionId: randomUUID(), ...command });
    const row: InstitutionRow = {
      id: institution.institutionId,
      code: institution.code,
      name: institution.name,
      recordedAt: clock.now(),
      recordedBy: actor.id,
      recordedByRole: actor.role,
    };
    try {
      await this.scope.em.insertMany(InstitutionEntity, [row]);
      return row;
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict(`An institution with code ${institution.code} is already registered.`, { code: institution.code });
      throw error;
    }
  }
}
