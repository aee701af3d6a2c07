import type { EventHandler, EventRecorder } from '@pdv/messaging';
import type { Clock } from '@pdv/service-kit';
import { ceremonyHeldHandler } from './ceremony-held.handler';
import { nameRemovedHandler } from './name-removed.handler';
import { recognitionGrantedHandler } from './recognition-granted.handler';

export interface AdmissionHandlerDeps {
  events: EventRecorder;
  clock: Clock;
}

/**
 * The admission service's outcomes this service applies to its members. Each runs in the
 * consumer's transaction with the event id recorded in the inbox, so a redelivery is
 * applied once; each also tolerates the same fact arriving under another event id.
 */
export function admissionOutcomeHandlers(deps: AdmissionHandlerDeps): EventHandler<never>[] {
  // One list holds handlers of different payload types; the consumer dispatches by subject.
  return [ceremonyHeldHandler(deps), recognitionGrantedHandler(deps), nameRemovedHandler(deps)] as EventHandler<never>[];
}
