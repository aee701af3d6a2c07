import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { personalDataAuditResolver } from '@pdv/personal-data';
import { resolveCandidateReference } from './candidate/candidate.reference';
import { CandidateResolver } from './candidate/candidate.resolver';
import { PossibleDuplicateResolver } from './duplicate/possible-duplicate.resolver';
import { ReferralImportResolver } from './import/referral-import.resolver';
import { resolveMassOrganisationReference } from './mass-organisation/mass-organisation.reference';
import { MassOrganisationResolver } from './mass-organisation/mass-organisation.resolver';
import { MentorResolver } from './mentor/mentor.resolver';
import { resolveOrganisationReference, resolvePartyMemberReference } from './organisation/organisation.reference';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { PartyMemberStub } from './organisation/organisation.stub';
import { PolicyResolver } from './policy/policy.resolver';
import { QuotaResolver } from './quota/quota.resolver';
import { ReferralResolver } from './referral/referral.resolver';
import type { SourcingContext } from './context';

const CandidatePersonalDataAuditResolver = personalDataAuditResolver<SourcingContext>({
  queryName: 'personalDataAccessLog',
  description: 'Who read or collected a candidate’s personal data (or what one user accessed), newest first: the Decree 13/2023 access record.',
  subjectType: 'Candidate',
  subjectArg: 'candidateId',
  subjectLabel: 'candidate',
  entityManager: (ctx) => ctx.em,
});

/** Every resolver class of this service (schema-authorization.spec.ts checks each is guarded). */
export const SOURCING_RESOLVERS = [
  MassOrganisationResolver,
  CandidateResolver,
  ReferralResolver,
  MentorResolver,
  QuotaResolver,
  PossibleDuplicateResolver,
  ReferralImportResolver,
  OrganisationResolver,
  CandidatePersonalDataAuditResolver,
  PolicyResolver,
] as const;

/** `__resolveReference` per entity: each refuses anonymous callers or returns only the key. */
export const SOURCING_REFERENCE_RESOLVERS = {
  Candidate: resolveCandidateReference,
  MassOrganisation: resolveMassOrganisationReference,
  Organisation: resolveOrganisationReference,
  PartyMember: resolvePartyMemberReference,
};

/** The sourcing subgraph: every resolver and entity reference resolver of this service. */
export function buildSourcingSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...SOURCING_RESOLVERS],
    orphanedTypes: [PartyMemberStub],
    referenceResolvers: SOURCING_REFERENCE_RESOLVERS,
  });
}
