import { type ServiceProcess, startServiceProcess as startProcess } from '@pdv/testing';

export type { ServiceProcess };

/** The other services a training suite runs for real: sourcing (candidates), organisation (cells, members). */
export type OtherService = 'sourcing' | 'organisation';

/** The real sourcing or organisation service, as its own process on a fresh database and the suite's event namespace. */
export function startServiceProcess(service: OtherService, eventNamespace: string): Promise<ServiceProcess> {
  return startProcess(service, { eventNamespace, label: 'for training' });
}
