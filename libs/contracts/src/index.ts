export * from './envelope';
export * from './define-event';
export * from './common';
export * from './organisation/organisation-events';
export * from './admission/admission-events';
export * from './training/training-events';
export * from './sourcing/sourcing-events';
export * from './catalogue';
