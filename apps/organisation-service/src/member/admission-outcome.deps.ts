import type { EventRecorder } from '@pdv/messaging';
import type { Clock } from '@pdv/service-kit';

/** What each admission-outcome handler needs; its own module so the handlers and their list do not import each other. */
export interface AdmissionHandlerDeps {
  events: EventRecorder;
  clock: Clock;
}
