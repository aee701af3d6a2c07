import type { EventHandler } from '@pdv/messaging';
import { admissionAnnulledHandler } from './admission-annulled.handler';
import type { AdmissionHandlerDeps } from './admission-outcome.deps';
import { ceremonyHeldHandler } from './ceremony-held.handler';
import { nameRemovedHandler } from './name-removed.handler';
import { recognitionGrantedHandler } from './recognition-granted.handler';

/**
 * The admission service's outcomes this service applies to its members. Each runs in the
 * consumer's transaction with the event id recorded in the inbox, so a redelivery is
 * applied once; each also tolerates the same fact arriving under another event id.
 */
export function admissionOutcomeHandlers(deps: AdmissionHandlerDeps): EventHandler<never>[] {
  // One list holds handlers of different payload types; the consumer dispatches by subject.
  return [ceremonyHeldHandler(deps), recognitionGrantedHandler(deps), nameRemovedHandler(deps), admissionAnnulledHandler(deps)] as EventHandler<never>[];
}
