/** This service's name: logs, metrics, the events' `source`, its durable consumer's name. */
export const SERVICE_NAME = 'organisation-service';
