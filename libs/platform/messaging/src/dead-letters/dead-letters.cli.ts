import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { discardDeadLetter, listDeadLetters, replayDeadLetter } from './dead-letters';

export type DeadLetterCommand =
  | { command: 'list'; consumerName?: string; limit?: number }
  | { command: 'replay'; sequence: number }
  | { command: 'discard'; sequence: number };

export const DEAD_LETTER_USAGE = [
  'usage: dead-letters list [--consumer <name>] [--limit <n>]',
  '       dead-letters replay <sequence>',
  '       dead-letters discard <sequence>',
].join('\n');

function positiveInteger(text: string | undefined, what: string): number {
  const value = Number(text);
  if (!text || !Number.isInteger(value) || value < 1) throw new Error(`${what} must be a positive integer`);
  return value;
}

/** Parses the arguments after the command name; throws with a short reason. */
export function parseDeadLetterArgs(argv: readonly string[]): DeadLetterCommand {
  const [command, ...rest] = argv;
  switch (command) {
    case 'list': {
      const parsed: DeadLetterCommand = { command: 'list' };
      for (let i = 0; i < rest.length; i += 2) {
        const [flag, value] = [rest[i], rest[i + 1]];
        if (flag === '--consumer' && value) parsed.consumerName = value;
        else if (flag === '--limit') parsed.limit = positiveInteger(value, '--limit');
        else throw new Error(`unknown option ${flag}`);
      }
      return parsed;
    }
    case 'replay':
    case 'discard':
      if (rest.length !== 1) throw new Error(`${command} takes exactly one sequence`);
      return { command, sequence: positiveInteger(rest[0], 'sequence') };
    default:
      throw new Error(command ? `unknown command ${command}` : 'missing command');
  }
}

export interface DeadLetterCliOptions {
  natsUrl: string;
  /** EVENT_NAMESPACE of the deployment to inspect. */
  ns: string;
  /** Where JSON goes; standard output by default. */
  write?: (text: string) => void;
}

/** Operator tool: prints JSON, returns the process exit code (0 ok, 1 failed, 2 usage). */
export async function runDeadLetterCli(argv: readonly string[], options: DeadLetterCliOptions): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(`${text}\n`));
  let command: DeadLetterCommand;
  try {
    command = parseDeadLetterArgs(argv);
  } catch (error) {
    write(JSON.stringify({ error: (error as Error).message, usage: DEAD_LETTER_USAGE }));
    return 2;
  }
  let nc: Awaited<ReturnType<typeof connect>> | undefined;
  try {
    // A one-shot tool: fail rather than wait for a server that is not there.
    nc = await connect({ servers: options.natsUrl, name: 'dead-letter-cli', maxReconnectAttempts: 0 });
    const jsm = await jetstreamManager(nc);
    const js = jetstream(nc);
    let result: unknown;
    switch (command.command) {
      case 'list':
        result = await listDeadLetters(jsm, js, options.ns, { consumerName: command.consumerName, limit: command.limit });
        break;
      case 'replay':
        result = await replayDeadLetter(jsm, js, options.ns, command.sequence);
        break;
      case 'discard':
        result = { discarded: await discardDeadLetter(jsm, options.ns, command.sequence) };
        break;
    }
    write(JSON.stringify(result, null, 2));
    return 0;
  } catch (error) {
    write(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    return 1;
  } finally {
    await nc?.close();
  }
}
