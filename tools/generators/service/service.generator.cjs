// Nx loads a local generator's factory with require(); on Node 20 it cannot strip TypeScript
// itself, so tsx compiles the generator (the same tsx that runs the workspace's scripts).
require('tsx/cjs/api').register();
module.exports = require('./service.generator.ts');
