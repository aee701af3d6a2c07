import { z } from 'zod';
import { envelopeSchema, type EventEnvelope, STREAMS, type StreamName } from './envelope';

/**
 * An event contract: its type (`<service>.<aggregate>.<past-verb>`), version, owning stream
 * and payload schema. The subject is `<type>.v<version>`, so a breaking change is a new
 * contract with a new subject, and consumers of the old one keep working.
 */
export interface EventContract<TData> {
  readonly type: string;
  readonly version: number;
  readonly stream: StreamName;
  readonly subject: string;
  readonly schema: z.ZodType<TData>;
  /** What the event means, for the catalogue and for consumers. */
  readonly description: string;
}

export type EventData<C> = C extends EventContract<infer T> ? T : never;

export function defineEvent<TSchema extends z.ZodType>(spec: {
  type: string;
  version: number;
  description: string;
  schema: TSchema;
}): EventContract<z.infer<TSchema>> {
  const service = spec.type.split('.')[0];
  const stream = (Object.keys(STREAMS) as StreamName[]).find((name) => STREAMS[name] === service);
  if (!stream) throw new Error(`event type ${spec.type} does not start with a known service`);
  return {
    type: spec.type,
    version: spec.version,
    stream,
    subject: `${spec.type}.v${spec.version}`,
    schema: spec.schema as z.ZodType<z.infer<TSchema>>,
    description: spec.description,
  };
}

export class ContractViolation extends Error {
  constructor(
    readonly eventType: string,
    readonly issues: string[],
  ) {
    // Issues name paths and expectations, never the offending values (they may be personal).
    super(`event ${eventType} does not match its contract: ${issues.join('; ')}`);
    this.name = 'ContractViolation';
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
}

/** Validates an envelope and its payload against the contract; throws ContractViolation. */
export function parseEnvelope<TData>(contract: EventContract<TData>, raw: unknown): EventEnvelope<TData> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new ContractViolation(contract.type, describeIssues(envelope.error));
  if (envelope.data.type !== contract.type || envelope.data.version !== contract.version) {
    throw new ContractViolation(contract.type, [
      `type/version ${envelope.data.type}@${envelope.data.version} is not ${contract.type}@${contract.version}`,
    ]);
  }
  const data = contract.schema.safeParse(envelope.data.data);
  if (!data.success) throw new ContractViolation(contract.type, describeIssues(data.error));
  return { ...envelope.data, data: data.data } as EventEnvelope<TData>;
}
