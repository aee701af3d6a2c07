import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { type Identity, signInternalIdentity, signUserToken } from '@pdv/auth';
import { streamDefinitions } from '@pdv/messaging';
import { dropDatabase } from '@pdv/persistence';

// The benchmark's errands that need the workspace libraries (see README.md here), as a small
// command bench.ts runs with JSON on stdin and reads JSON from stdout:
//   tokens          {jwt, internalAuthSecret, users: Identity[], internal: (Identity|null)[]}
//                   → {users: string[], internal: string[]}  (users: 12 h JWTs; internal: the
//                   gateway's 60 s identity tokens, signed as the gateway signs them)
//   drop-databases  {serverUrl, names: string[]}
//   delete-streams  {natsUrl, namespace}

interface TokensInput {
  jwt: { secret: string; issuer: string; audience: string };
  internalAuthSecret: string;
  users: Identity[];
  internal: (Identity | null)[];
}

async function readStdin(): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function main(): Promise<void> {
  const command = process.argv[2];
  const input = await readStdin();
  if (command === 'tokens') {
    const { jwt, internalAuthSecret, users, internal } = input as TokensInput;
    const output = {
      users: await Promise.all(users.map((identity) => signUserToken(identity, jwt, '12h'))),
      internal: await Promise.all(internal.map((identity) => signInternalIdentity(identity, internalAuthSecret))),
    };
    process.stdout.write(JSON.stringify(output));
  } else if (command === 'drop-databases') {
    const { serverUrl, names } = input as { serverUrl: string; names: string[] };
    for (const name of names) await dropDatabase(serverUrl, name);
  } else if (command === 'delete-streams') {
    const { natsUrl, namespace } = input as { natsUrl: string; namespace: string };
    const nc = await connect({ servers: natsUrl });
    try {
      const jsm = await jetstreamManager(nc);
      for (const definition of streamDefinitions(namespace)) await jsm.streams.delete(definition.name).catch(() => false);
    } finally {
      await nc.close();
    }
  } else {
    throw new Error(`bench-admin: unknown command "${command}" (tokens, drop-databases, delete-streams)`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
