import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { resolveCandidateReference } from './candidate/candidate.reference';
import { CandidateResolver } from './candidate/candidate.resolver';
import { resolveCertificateReference } from './certificate/certificate.reference';
import { CertificateResolver } from './certificate/certificate.resolver';
import { resolveCourseReference } from './course/course.reference';
import { CourseResolver } from './course/course.resolver';
import { EnrolmentResolver } from './enrolment/enrolment.resolver';
import { SheetUploadResolver } from './enrolment/sheet-upload.resolver';
import { InstitutionResolver } from './institution/institution.resolver';
import { resolveOrganisationReference, resolvePartyMemberReference } from './organisation/organisation.reference';
import { OrganisationResolver, PartyMemberResolver } from './organisation/organisation.resolver';
import { OrganisationStub } from './organisation/organisation.stub';
import { PolicyResolver } from './policy/policy.resolver';

/** Every resolver class of the service (schema-authorization.spec.ts checks each is guarded). */
export const TRAINING_RESOLVERS = [
  InstitutionResolver,
  CourseResolver,
  EnrolmentResolver,
  SheetUploadResolver,
  CertificateResolver,
  CandidateResolver,
  OrganisationResolver,
  PartyMemberResolver,
  PolicyResolver,
] as const;

/** `__resolveReference` per entity: each refuses anonymous callers or returns only the key. */
export const TRAINING_REFERENCE_RESOLVERS = {
  Course: resolveCourseReference,
  Certificate: resolveCertificateReference,
  Candidate: resolveCandidateReference,
  Organisation: resolveOrganisationReference,
  PartyMember: resolvePartyMemberReference,
};

/** The training subgraph: every resolver and entity reference resolver of this service. */
export function buildTrainingSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...TRAINING_RESOLVERS],
    // Extended only through field resolvers, so no field returns it: listed so the schema has it.
    orphanedTypes: [OrganisationStub],
    referenceResolvers: TRAINING_REFERENCE_RESOLVERS,
  });
}
