import { type MassOrganisationStub, massOrganisationStub, type OrganisationStub, organisationStub, type PartyMemberStub, partyMemberStub } from './organisation.stub';

// The gateway sends representations here to resolve the fields this subgraph adds; the key
// is all this subgraph keeps (each added field authorises itself).

export function resolveOrganisationReference(representation: { id: string }): OrganisationStub {
  return organisationStub(representation.id);
}

export function resolvePartyMemberReference(representation: { id: string }): PartyMemberStub {
  return partyMemberStub(representation.id);
}

export function resolveMassOrganisationReference(representation: { id: string }): MassOrganisationStub {
  return massOrganisationStub(representation.id);
}
