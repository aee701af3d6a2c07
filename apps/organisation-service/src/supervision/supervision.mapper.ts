import type { SupervisionAssignmentRow } from './supervision.entity';
import { SupervisionAssignment } from './supervision.type';

export function toSupervisionAssignment(row: SupervisionAssignmentRow): SupervisionAssignment {
  return Object.assign(new SupervisionAssignment(), { ...row });
}
