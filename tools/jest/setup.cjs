// type-graphql needs the Reflect metadata API even without emitted design types.
require('reflect-metadata');
// Tests run quietly unless LOG_LEVEL is set by the person running them.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';
process.env.TZ = 'UTC';
