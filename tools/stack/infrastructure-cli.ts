import path from 'node:path';
import { ensureNats, ensurePostgres } from './infrastructure';
import { type Managed, StackError, stopProcess } from './processes';
import { WORKSPACE_ROOT } from './services';

// `tsx tools/stack/infrastructure-cli.ts [postgres] [nats]`: only the infrastructure part of
// `npm start` — PostgreSQL and/or NATS, used if they answer, else started in .data/ — kept
// in the foreground until SIGINT/SIGTERM. CI uses it when the machine has no system cluster
// or no nats-server.

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const which = wanted.length > 0 ? wanted : ['postgres', 'nats'];
  const unknown = which.filter((name) => name !== 'postgres' && name !== 'nats');
  if (unknown.length > 0) {
    console.error(`unknown: ${unknown.join(', ')}. usage: infrastructure-cli.ts [postgres] [nats]`);
    process.exit(2);
  }
  const dataDir = path.resolve(WORKSPACE_ROOT, process.env.STACK_DATA_DIR || '.data');
  const output = { pretty: true, colour: false, width: 8 };
  const started: Managed[] = [];
  const stop = async (code: number) => {
    for (const managed of [...started].reverse()) await stopProcess(managed);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  try {
    if (which.includes('postgres')) {
      const postgres = await ensurePostgres(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432', dataDir, output);
      if (postgres) started.push(postgres);
    }
    if (which.includes('nats')) {
      const nats = await ensureNats(process.env.NATS_URL || 'nats://127.0.0.1:4222', dataDir, output);
      if (nats) started.push(nats);
    }
  } catch (error) {
    console.error(error instanceof StackError ? error.message : error);
    await stop(1);
  }
  if (started.length === 0) return;
  console.log(`running ${started.map((managed) => managed.name).join(' and ')}; Ctrl-C stops`);
  for (const managed of started) {
    void managed.exited.then((result) => {
      console.error(`${managed.name} exited (${result})`);
      void stop(1);
    });
  }
}

void main();
