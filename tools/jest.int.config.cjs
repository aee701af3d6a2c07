// Integration specs of the workspace tooling: generators/service/new-service.int-spec.ts runs
// the service generator in a copy of the workspace and checks the result there.
module.exports = require('./jest/jest.base.cjs').integration(__dirname);
