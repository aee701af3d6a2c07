import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { personalDataAuditResolver } from '@pdv/personal-data';
import type { OrganisationContext } from './context';
import { TargetExemptionResolver } from './exemption/target-exemption.resolver';
import { MemberCorrectionFieldsResolver, PartyMemberFieldsResolver } from './member/party-member-fields.resolver';
import { LabelsResolver } from './labels/labels.resolver';
import { PartyMemberMutationResolver } from './member/party-member-mutation.resolver';
import { resolvePartyMemberReference } from './member/party-member.reference';
import { PartyMemberResolver } from './member/party-member.resolver';
import { OrganisationFieldsResolver } from './organisation/organisation-fields.resolver';
import { OrganisationMutationResolver } from './organisation/organisation-mutation.resolver';
import { resolveOrganisationReference } from './organisation/organisation.reference';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { OrganisationPolicyResolver } from './policy/organisation-policy.resolver';
import { SupervisionResolver } from './supervision/supervision.resolver';

const MemberPersonalDataAuditResolver = personalDataAuditResolver<OrganisationContext>({
  queryName: 'memberPersonalDataAccessLog',
  description: 'Who read a party member’s personal data (or what one user read), newest first: the Decree 13/2023 access record.',
  subjectType: 'PartyMember',
  subjectArg: 'memberId',
  subjectLabel: 'party member',
  entityManager: (ctx) => ctx.em,
});

/** Every resolver class of this service (schema-authorization.spec.ts checks each is guarded). */
export const ORGANISATION_RESOLVERS = [
  OrganisationResolver,
  OrganisationMutationResolver,
  OrganisationFieldsResolver,
  TargetExemptionResolver,
  PartyMemberResolver,
  PartyMemberMutationResolver,
  PartyMemberFieldsResolver,
  MemberCorrectionFieldsResolver,
  SupervisionResolver,
  OrganisationPolicyResolver,
  MemberPersonalDataAuditResolver,
  LabelsResolver,
] as const;

/** The organisation subgraph: every resolver and entity reference resolver of this service. */
export function buildOrganisationSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...ORGANISATION_RESOLVERS],
    referenceResolvers: {
      Organisation: resolveOrganisationReference,
      PartyMember: resolvePartyMemberReference,
    },
  });
}
