import { AppError, Problems, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { isOneOf, MASS_ORGANISATION_KINDS, type MassOrganisationKind } from '@pdv/sourcing-domain';
import { vietnameseStringKey } from '@pdv/vn-identity';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import type { Caller } from '../common/caller';
import type { SourcingDeps } from '../common/service-scope';
import { isUuid } from '../common/ids';
import { MassOrganisationEntity, type MassOrganisationRow } from './mass-organisation.entity';
import { listMassOrganisations, type MassOrganisationFilter } from './mass-organisation.queries';

const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;
const MAX_NAME = 200;

export interface CreateMassOrganisationCommand {
  kind: MassOrganisationKind;
  code: string;
  name: string;
  parentId?: string | null;
  /** The seed passes deterministic ids; the API never does. */
  id?: string;
}

export interface UpdateMassOrganisationCommand {
  id: string;
  code?: string | null;
  name?: string | null;
  active?: boolean | null;
}

/** Mass organisations and their branches: set up by the party-building board. */
export class MassOrganisationService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: SourcingDeps,
  ) {}

  list(filter: MassOrganisationFilter): Promise<MassOrganisationRow[]> {
    return listMassOrganisations(this.em, filter);
  }

  async get(id: string): Promise<MassOrganisationRow> {
    const row = isUuid(id) ? await this.em.findOne(MassOrganisationEntity, { id }) : null;
    if (!row) throw AppError.notFound('Mass organisation', id);
    return row;
  }

  async create(caller: Caller, command: CreateMassOrganisationCommand): Promise<MassOrganisationRow> {
    const code = command.code.trim();
    const name = command.name.normalize('NFC').trim().replace(/\s+/g, ' ');
    const problems = new Problems();
    if (!isOneOf(MASS_ORGANISATION_KINDS, command.kind)) problems.add('input.kind', 'is not a mass organisation kind');
    if (!CODE.test(code)) problems.add('input.code', 'must be 1 to 40 letters, digits or "-"');
    if (name === '' || name.length > MAX_NAME) problems.add('input.name', `must be 1 to ${MAX_NAME} characters`);
    if (command.parentId && !isUuid(command.parentId)) problems.add('input.parentId', 'must be a mass organisation id');
    problems.throwIfAny('The mass organisation is not valid.');

    return this.em.transactional(async (tx) => {
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
      const now = this.deps.clock.now();
      const row = tx.create(MassOrganisationEntity, {
        id: command.id ?? this.deps.newId(),
        parentId: command.parentId ?? null,
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

  async update(caller: Caller, command: UpdateMassOrganisationCommand): Promise<MassOrganisationRow> {
    const problems = new Problems();
    const code = command.code?.trim();
    const name = command.name?.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (code !== undefined && !CODE.test(code)) problems.add('input.code', 'must be 1 to 40 letters, digits or "-"');
    if (name !== undefined && (name === '' || name.length > MAX_NAME)) problems.add('input.name', `must be 1 to ${MAX_NAME} characters`);
    problems.throwIfAny('The changes are not valid.');
    return this.em.transactional(async (tx) => {
      const row = isUuid(command.id) ? await tx.findOne(MassOrganisationEntity, { id: command.id }) : null;
      if (!row) throw AppError.notFound('Mass organisation', command.id);
      if (code !== undefined && code !== row.code) {
        await this.assertCodeFree(tx, code, row.id);
        row.code = code;
      }
      if (name !== undefined) {
        row.name = name;
        row.nameSortKey = vietnameseStringKey(name);
      }
      if (command.active !== undefined && command.active !== null) row.active = command.active;
      row.updatedAt = this.deps.clock.now();
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
