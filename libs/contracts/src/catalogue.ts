import type { EventContract } from './define-event';
import * as organisation from './organisation/organisation-events';
import * as admission from './admission/admission-events';
import * as cellResolutions from './admission/cell-resolution-events';
import * as training from './training/training-events';
import * as sourcing from './sourcing/sourcing-events';
import * as evaluationTargets from './evaluation/target-events';

function contractsOf(module: Record<string, unknown>): EventContract<unknown>[] {
  return Object.values(module).filter(
    (value): value is EventContract<unknown> =>
      typeof value === 'object' && value !== null && 'subject' in value && 'schema' in value,
  );
}

/** Every event contract, for documentation and for checks that subjects are unique. */
export const EVENT_CATALOGUE: readonly EventContract<unknown>[] = [
  ...contractsOf(organisation),
  ...contractsOf(admission),
  ...contractsOf(cellResolutions),
  ...contractsOf(training),
  ...contractsOf(sourcing),
  ...contractsOf(evaluationTargets),
];
