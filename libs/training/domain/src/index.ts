export * from './training.rules';
export * from './training.enums';
export * from './training.policy';
export * from './course.rules';
export * from './enrolment.rules';
export * from './certificate.rules';
export * from './institution.rules';
export * from './training-sheets';
