// Integration specs of the workspace tooling: generators/service/new-service.int-spec.ts runs
// the service generator in a copy of the workspace and checks the result there. The journey
// (tools/journey) is a project of its own and runs under its own int-test target.
module.exports = { ...require('./jest/jest.base.cjs').integration(__dirname), testPathIgnorePatterns: ['/node_modules/', '<rootDir>/journey/'] };
