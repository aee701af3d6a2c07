import { Organisation } from './organisation.type';
import type { OrganisationVersionView } from './organisation.queries';

export function toOrganisation(view: OrganisationVersionView, asOf: string): Organisation {
  return Object.assign(new Organisation(), { ...view, asOf });
}
