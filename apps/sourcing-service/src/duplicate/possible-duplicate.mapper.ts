import type { PossibleDuplicateRow } from './possible-duplicate.entity';
import { PossibleDuplicate } from './possible-duplicate.type';

export function toPossibleDuplicate(row: PossibleDuplicateRow): PossibleDuplicate {
  return Object.assign(new PossibleDuplicate(), { ...row });
}
