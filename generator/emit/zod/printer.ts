import type { IRSchema } from '../../ir/types.js';
import type { ZodPrintContext } from './context.js';
import { printArray, printIntersection, printUnion } from './print-composite.js';
import { printObject } from './print-object.js';
import { printEnum, printNumber, printString } from './print-primitive.js';

function printBare(schema: IRSchema, ctx: ZodPrintContext): string {
  switch (schema.kind) {
    case 'ref':
      return ctx.ref(schema.name);
    case 'string':
      return printString(schema, ctx);
    case 'number':
    case 'integer':
      return printNumber(schema);
    case 'boolean':
      return 'z.boolean()';
    case 'null':
      return 'z.null()';
    case 'enum':
      return printEnum(schema);
    case 'array':
      return printArray(schema, ctx);
    case 'object':
      return printObject(schema, ctx);
    case 'union':
      return printUnion(schema, ctx);
    case 'intersection':
      return printIntersection(schema, ctx);
    case 'unknown':
      return 'z.unknown()';
    case 'never':
      return 'z.never()';
  }
}

/**
 * Prints any IR schema as a zod v4 expression: the one recursive printer of the zod emitter.
 * Nullability is applied last, so it wraps the whole expression (`unknown` already allows null,
 * a nullable `never` is just `null`).
 */
export function printSchema(schema: IRSchema, ctx: ZodPrintContext): string {
  const bare = printBare(schema, ctx);
  if (!schema.nullable || schema.kind === 'unknown' || schema.kind === 'null') return bare;
  if (schema.kind === 'never') return 'z.null()';
  return `${bare}.nullable()`;
}
