import { parseArgs } from 'node:util';

/** What `npm run generate:city -- …` was asked for. */
export interface CityOptions {
  wards: number;
  seed: number | null;
  members: number | null;
  candidates: number | null;
  /** Databases are `<prefix>organisation` and `<prefix>sourcing`. */
  databasePrefix: string;
  /** The event namespace (stream-name prefix) the city's services share. */
  eventNamespace: string;
  /** The gateway listens on portBase, the organisation service on portBase + 1, sourcing on portBase + 2. */
  portBase: number;
  /** Share of the imported referrals the cells accept (0–1). */
  acceptShare: number;
  /** Use services already listening on the ports (same databases and namespace) instead of starting them. */
  reuse: boolean;
  rawLogs: boolean;
}

export const CITY_USAGE = `usage: npm run generate:city -- [--wards 126] [--seed N] [--members N] [--candidates N]
       [--database-prefix city_] [--event-namespace city] [--port-base 4100] [--accept-share 1] [--reuse] [--raw-logs]`;

function whole(name: string, raw: string | undefined, min: number, max: number): number | null {
  if (raw === undefined) return null;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`--${name} must be a whole number from ${min} to ${max}`);
  return value;
}

/** Parses the command line; throws RangeError naming the option that is wrong. */
export function parseCityOptions(argv: readonly string[]): CityOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      wards: { type: 'string' },
      seed: { type: 'string' },
      members: { type: 'string' },
      candidates: { type: 'string' },
      'database-prefix': { type: 'string' },
      'event-namespace': { type: 'string' },
      'port-base': { type: 'string' },
      'accept-share': { type: 'string' },
      reuse: { type: 'boolean' },
      'raw-logs': { type: 'boolean' },
    },
  });
  const databasePrefix = values['database-prefix'] ?? 'city_';
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(databasePrefix)) throw new RangeError('--database-prefix must be lower-case letters, digits and _ (starting with a letter)');
  const eventNamespace = values['event-namespace'] ?? databasePrefix.replace(/[^a-z0-9]/g, '').slice(0, 24);
  if (!/^[a-z0-9]{1,24}$/.test(eventNamespace)) throw new RangeError('--event-namespace must be 1–24 lower-case letters and digits');
  const acceptShare = values['accept-share'] === undefined ? 1 : Number(values['accept-share']);
  if (!(acceptShare >= 0 && acceptShare <= 1)) throw new RangeError('--accept-share must be a number from 0 to 1');
  return {
    wards: whole('wards', values.wards, 1, 1_000) ?? 126,
    seed: whole('seed', values.seed, 0, 0xffffffff),
    members: whole('members', values.members, 1, 10_000_000),
    candidates: whole('candidates', values.candidates, 0, 600_000),
    databasePrefix,
    eventNamespace,
    portBase: whole('port-base', values['port-base'], 1_024, 65_000) ?? 4_100,
    acceptShare,
    reuse: values.reuse ?? false,
    rawLogs: values['raw-logs'] ?? false,
  };
}
