import { rewireTypes } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { AppError } from '@pdv/errors';
import { UuidIdScalar } from './scalars';

/**
 * The longest String any argument or input field accepts unless it says otherwise: far
 * above every field limit the parse functions apply (names 200, notes 2 000), far below
 * what would cost the service anything to refuse.
 */
export const STRING_INPUT_MAX_LENGTH = 10_000;

const MAX_LENGTH_EXTENSION = 'pdvMaxLength';

/**
 * Raises the schema-wide String limit for one input field or argument that carries a file
 * (base64 text up to the gateway's body limit). Everything else keeps STRING_INPUT_MAX_LENGTH.
 */
export function LongText(maxLength: number): PropertyDecorator & MethodDecorator & ClassDecorator {
  return Extensions({ [MAX_LENGTH_EXTENSION]: maxLength });
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls. PostgreSQL refuses
// U+0000 outright, and none of them belongs in a name, a reason or a search.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Where the schema allows longer text: `Type.field` for input fields, `Type.field(arg)` for arguments. */
export type LongTextLimits = ReadonlyMap<string, number>;

/** Reads the LongText marks from the type-graphql schema (the printed SDL drops extensions). */
export function longTextLimitsOf(schema: GraphQLSchema): LongTextLimits {
  const limits = new Map<string, number>();
  const limitOf = (extensions: Readonly<Record<string, unknown>> | null | undefined) => {
    const value = extensions?.[MAX_LENGTH_EXTENSION];
    return typeof value === 'number' ? value : undefined;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const limit = limitOf(field.extensions);
        if (limit !== undefined) limits.set(`${type.name}.${field.name}`, limit);
      }
    } else if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          const limit = limitOf(arg.extensions) ?? limitOf(field.extensions);
          if (limit !== undefined) limits.set(`${type.name}.${field.name}(${arg.name})`, limit);
        }
      }
    }
  }
  return limits;
}

type TextProblem = { field: string; message: string };

/** Walks one coerced argument value by its type and reports every String that is not plain text. */
function checkText(type: GraphQLInputType, value: unknown, path: string, maxLength: number, limits: LongTextLimits, problems: TextProblem[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) {
    checkText(type.ofType, value, path, maxLength, limits, problems);
  } else if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkText(type.ofType, item, `${path}[${index}]`, maxLength, limits, problems));
  } else if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const limit = limits.get(`${type.name}.${field.name}`) ?? STRING_INPUT_MAX_LENGTH;
      checkText(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`, limit, limits, problems);
    }
  } else if (isScalarType(type) && type.name === 'String' && typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) {
      problems.push({ field: path, message: 'must not contain control characters (only tab and line breaks are allowed)' });
    } else if (value.length > maxLength) {
      problems.push({ field: path, message: `must be at most ${maxLength} characters` });
    }
  }
}

function carriesText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isNonNullType(type) || isListType(type)) return carriesText(type.ofType, seen);
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return false;
    seen.add(type.name);
    return Object.values(type.getFields()).some((field) => carriesText(field.type, seen));
  }
  return isScalarType(type) && type.name === 'String';
}

function guardField(typeName: string, field: GraphQLField<unknown, unknown>, limits: LongTextLimits): void {
  const textArgs: GraphQLArgument[] = field.args.filter((arg) => carriesText(arg.type));
  if (textArgs.length === 0) return;
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args: Record<string, unknown>, context, info) => {
    const problems: TextProblem[] = [];
    for (const arg of textArgs) {
      const limit = limits.get(`${typeName}.${field.name}(${arg.name})`) ?? STRING_INPUT_MAX_LENGTH;
      checkText(arg.type, args[arg.name], arg.name, limit, limits, problems);
    }
    if (problems.length > 0) {
      const message = problems.map((problem) => `${problem.field} ${problem.message}`).join('; ');
      throw AppError.badInput(`${message}.`, problems);
    }
    return resolve(source, args, context, info);
  };
}

/**
 * Makes a built subgraph schema strict about input, for every service at once:
 * - `ID` is replaced by a UUID-checking scalar of the same name (a malformed id is refused
 *   while the request is coerced, naming the variable, before any resolver runs);
 * - String arguments and input fields refuse control characters and text over the
 *   schema-wide limit, naming the field, before the resolver runs. This cannot be a scalar:
 *   graphql-js's introspection types hold the built-in String, and a schema may contain only
 *   one type of each name.
 */
export function withStrictInputs(schema: GraphQLSchema, limits: LongTextLimits = new Map()): GraphQLSchema {
  const config = schema.toConfig();
  const typeMap = Object.fromEntries(config.types.map((type) => [type.name, type.name === 'ID' ? UuidIdScalar : type]));
  const rewired = rewireTypes(typeMap, config.directives);
  const strict = new GraphQLSchema({
    ...config,
    query: config.query ? (rewired.typeMap[config.query.name] as typeof config.query) : undefined,
    mutation: config.mutation ? (rewired.typeMap[config.mutation.name] as typeof config.mutation) : undefined,
    subscription: config.subscription ? (rewired.typeMap[config.subscription.name] as typeof config.subscription) : undefined,
    types: Object.values(rewired.typeMap),
    directives: rewired.directives,
  });
  for (const type of Object.values(strict.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) guardField(type.name, field, limits);
  }
  return strict;
}
