import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { DossierStatus } from '@pdv/admission-domain';
import { Allow, ConnectionType, decodeCursor, LocalDateScalar, pageSize, toConnection } from '@pdv/graphql';
import { DOSSIER_HANDLERS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import { toProbation } from '../decision/decision.mapper';
import { Probation } from '../decision/decision.type';
import { DossierStatusEnum } from '../dossier/dossier.enums.type';
import { toAdmissionDossier } from '../dossier/dossier.mapper';
import { AdmissionDossier } from '../dossier/dossier.type';
import { toAdmissionReadiness } from '../readiness/readiness.mapper';
import { AdmissionReadiness } from '../readiness/readiness.type';
import { CandidateStub, OrganisationStub, PartyMemberStub } from './organisation.stub';

export const AdmissionDossierConnection = ConnectionType(AdmissionDossier, 'AdmissionDossier');

/** The fields this subgraph adds to the organisation service's `Organisation` (batched over an `_entities` page). */
@Resolver(() => OrganisationStub)
export class OrganisationDossiersResolver {
  @FieldResolver(() => AdmissionDossierConnection, { description: 'The admission dossiers of this organisation and the cells under it, newest first, optionally in one stage (from the admission service).' })
  @Allow(DOSSIER_HANDLERS)
  async dossiers(
    @Root() organisation: OrganisationStub,
    @Arg('status', () => DossierStatusEnum, { nullable: true, description: 'Only dossiers at this stage.' }) status: DossierStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (20 by default).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the page before.' }) after: string | null,
    @Ctx() ctx: AdmissionContext,
  ): Promise<InstanceType<typeof AdmissionDossierConnection>> {
    const size = pageSize(first);
    const from = decodeCursor(after, 2);
    const { page, totalCount } = await ctx.services.dossiers.ofOrganisation({
      organisationId: organisation.id,
      status: status ?? null,
      after: from ? { recordedAt: String(from[0]), id: String(from[1]) } : null,
      limit: size + 1,
    });
    return Object.assign(new AdmissionDossierConnection(), toConnection(page, size, totalCount, (entry) => [entry.cursorAt, entry.view.dossier.id], (entry) => toAdmissionDossier(entry.view)));
  }
}

/** The fields this subgraph adds to the sourcing service's `Candidate` (batched over an `_entities` page). */
@Resolver(() => CandidateStub)
export class CandidateAdmissionResolver {
  @FieldResolver(() => AdmissionDossier, { nullable: true, description: 'The candidate’s admission dossier in progress, else the last closed one; null when none (from the admission service).' })
  @Allow(DOSSIER_HANDLERS)
  async dossier(@Root() candidate: CandidateStub, @Ctx() ctx: AdmissionContext): Promise<AdmissionDossier | null> {
    const view = await ctx.services.dossiers.ofCandidate(candidate.id);
    return view ? toAdmissionDossier(view) : null;
  }

  @FieldResolver(() => AdmissionReadiness, { description: 'Every rule of the cell’s vote for this candidate on a meeting date, as admissionReadiness answers it (from the admission service).' })
  @Allow(DOSSIER_HANDLERS)
  async admissionReadiness(
    @Root() candidate: CandidateStub,
    @Arg('meetingDate', () => LocalDateScalar, { description: 'The date of the cell’s meeting.' }) meetingDate: string,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionReadiness> {
    return toAdmissionReadiness(candidate.id, meetingDate, await ctx.services.readiness.evaluate(candidate.id, meetingDate));
  }
}

/** The field this subgraph adds to the organisation service's `PartyMember`. */
@Resolver(() => PartyMemberStub)
export class PartyMemberProbationResolver {
  @FieldResolver(() => Probation, { nullable: true, description: 'The probation the member’s admission ceremony started (12 months, the mentor); null for a member not admitted through this service (from the admission service).' })
  @Allow(DOSSIER_HANDLERS)
  async probation(@Root() member: PartyMemberStub, @Ctx() ctx: AdmissionContext): Promise<Probation | null> {
    const row = await ctx.services.recognitions.probationOf(member.id);
    return row ? toProbation(row) : null;
  }
}
