import { createServer } from 'node:net';

// For the launcher's integration specs. They cannot use @pdv/testing's freePort: libs/testing
// already depends on the workspace tools, and Nx refuses the cycle.

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
