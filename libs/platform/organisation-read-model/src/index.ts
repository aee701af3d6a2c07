export * from './organisation-read-model.entity';
export * from './organisation-read-model.migration';
export * from './organisation-events.handler';
export * from './organisation-read-model.queries';
