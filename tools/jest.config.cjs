// Specs of the workspace tooling (launcher, supergraph, token, lint boundaries). The Nx
// `test` target runs this with NODE_OPTIONS=--experimental-vm-modules (tools/project.json):
// eslint/boundaries.spec.ts loads the ESLint flat config, an ES module, by dynamic import.
module.exports = require('./jest/jest.base.cjs').unit(__dirname);
