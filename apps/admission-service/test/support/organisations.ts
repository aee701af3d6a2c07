/** An organisation as `organisation.organisation.registered` announces it, for specs that build a small ward. */
export function registeredOrganisation(organisationId: string, parentId: string | null, kind: 'WARD_COMMITTEE' | 'GRASSROOTS_COMMITTEE' | 'GRASSROOTS_CELL' | 'PARTY_CELL', code: string) {
  return { organisationId, parentId, kind, sector: 'RESIDENTIAL_AREA' as const, code, name: `Tổ chức ${code}`, validFrom: '2025-07-01' };
}
