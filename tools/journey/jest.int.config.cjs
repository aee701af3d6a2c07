// The journey across the services (journey.int-spec.ts). A project of its own, as
// tools/bench/runtime is: it imports workspace libraries, and every lib's jest config requires
// tools/jest/jest.base.cjs, so workspace-tools importing them would be a dependency cycle.
module.exports = require('../jest/jest.base.cjs').integration(__dirname);
