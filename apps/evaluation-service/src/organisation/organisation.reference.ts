import { MassOrganisationStub, OrganisationStub, PartyMemberStub } from './organisation.stub';

// The gateway sends representations here to resolve the fields this subgraph adds; the key
// is all this subgraph keeps (each added field authorises itself).

export function resolveOrganisationReference(representation: { id: string }): OrganisationStub {
  return Object.assign(new OrganisationStub(), { id: representation.id });
}

export function resolvePartyMemberReference(representation: { id: string }): PartyMemberStub {
  return Object.assign(new PartyMemberStub(), { id: representation.id });
}

export function resolveMassOrganisationReference(representation: { id: string }): MassOrganisationStub {
  return Object.assign(new MassOrganisationStub(), { id: representation.id });
}
