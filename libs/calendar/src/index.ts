export * from './local-date';
export * from './vietnam-time';
export * from './date-value';
export * from './lunar-calendar';
export * from './working-day-calendar';
export * from './vietnamese-holidays';
export * from './announced-holidays';
export * from './holiday-basis';
