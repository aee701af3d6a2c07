// Forwarding module: src/audit, src/read-model and src/policy still import this path while they
// move to shared libraries (issue 6, another branch). Delete it when they no longer do.
export type { ImportLimits, SourcingDeps } from '../common/service-scope';
