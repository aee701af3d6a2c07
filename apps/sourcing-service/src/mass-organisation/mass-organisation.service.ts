import { AppError, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { vietnameseStringKey } from '@pdv/vn-identity';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import { requireCaller, type ServiceScope } from '../common/service-scope';
import { MassOrganisationEntity, type MassOrganisationRow } from './mass-organisation.entity';
import type { CreateMassOrganisationCommand, UpdateMassOrganisationCommand } from './mass-organisation.parse';
import { listMassOrganisations, type MassOrganisationFilter } from './mass-organisation.queries';

/** Mass organisations and their branches: set up by the party-building board. */
export class MassOrganisationService {
  constructor(private readonly scope: ServiceScope) {}

  list(filter: MassOrganisationFilter): Promise<MassOrganisationRow[]> {
    return listMassOrganisations(this.scope.em, filter);
  }

  async get(id: string): Promise<MassOrganisationRow> {
    const row = await this.scope.em.findOne(MassOrganisationEntity, { id });
    if (!row) throw AppError.notFound('Mass organisation', id);
    return row;
  }

  async create(command: CreateMassOrganisationCommand): Promise<MassOrganisationRow> {
    const caller = requireCaller(this.scope);
    const { code, name } = command;
    return this.scope.em.transactional(async (tx) => {
      if (command.parentId) {
        const parent = await tx.findOne(MassOrganisationEntity, { id: command.parentId });
        if (!parent) throw AppError.notFound('Mass organisation', command.parentId);
        if (parent.parentId !== null || parent.kind !== command.kind) {
          throw ruleViolation(SOURCING_APP_RULES['SOURCING.BRANCH_UNDER_WARD_UNIT'], undefined, {
            parentKind: parent.kind,
            parentIsBranch: parent.parentId !== null,
          });
        }
      }
      await this.assertCodeFree(tx, code, null);
      const now = this.scope.deps.clock.now();
      const row = tx.create(MassOrganisationEntity, {
        id: command.id ?? this.scope.deps.newId(),
        parentId: command.parentId,
        kind: command.kind,
        code,
        name,
        nameSortKey: vietnameseStringKey(name),
        active: true,
        createdAt: now,
        createdBy: caller.identity.userId,
        updatedAt: now,
        updatedBy: caller.identity.userId,
      });
      tx.persist(row);
      return row;
    });
  }

  async update(command: UpdateMassOrganisationCommand): Promise<MassOrganisationRow> {
    const caller = requireCaller(this.scope);
    const { code, name } = command;
    return this.scope.em.transactional(async (tx) => {
      const row = await tx.findOne(MassOrganisationEntity, { id: command.id });
      if (!row) throw AppError.notFound('Mass organisation', command.id);
      if (code !== undefined && code !== row.code) {
        await this.assertCodeFree(tx, code, row.id);
        row.code = code;
      }
      if (name !== undefined) {
        row.name = name;
        row.nameSortKey = vietnameseStringKey(name);
      }
      if (command.active !== undefined) row.active = command.active;
      row.updatedAt = this.scope.deps.clock.now();
      row.updatedBy = caller.identity.userId;
      return row;
    });
  }

  private async assertCodeFree(tx: EntityManager, code: string, exceptId: string | null): Promise<void> {
    const rows = await tx.execute<{ id: string }[]>('select id from mass_organisation where lower(code) = lower(?)', [code]);
    if (rows.some((row) => row.id !== exceptId)) {
      throw AppError.conflict(`The code ${code} is already used by another mass organisation.`, { code });
    }
  }
}
