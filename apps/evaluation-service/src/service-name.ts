/** This service's name: logs, metrics, the events' `source`, its durable consumers' name. */
export const SERVICE_NAME = 'evaluation-service';
