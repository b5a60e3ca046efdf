/**
 * Types of the generated package, checked by tsc: a consumer fixture (streams narrow, lists
 * page, uploads and binary results) must compile, and every operation the IR marks streaming,
 * paginated or binary must have the matching declared return type.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IRDocument, IRSchema } from '../../generator/ir/types.js';
import { loadDeclarations, type Declarations } from './helpers/declarations.js';
import { callName, openaiIR } from './helpers/ir.js';
import { loadPackage } from './helpers/package.js';

await loadPackage(); // fails with "run npm run generate" when the package is missing
const ir = await openaiIR();
let dts: Declarations;

beforeAll(() => {
  dts = loadDeclarations();
}, 60_000);

/** The TypeScript name the package gives a referenced component schema. */
function typeName(doc: IRDocument, schema: IRSchema): string {
  if (schema.kind !== 'ref') throw new Error(`expected a named schema, got ${schema.kind}`);
  return doc.schemas[schema.name]!.typeName ?? schema.name;
}

describe('generated declarations', () => {
  it('the consumer fixture compiles with no errors and every @ts-expect-error is needed', () => {
    expect(dts.errors).toEqual([]);
  });

  for (const op of ir.operations.filter((o) => o.streaming && !o.binary)) {
    it(`${callName(op)}: one overload returns APIPromise<Stream<${typeName(ir, op.streaming!.event)}>>, another the JSON result`, () => {
      const returns = dts.returnTypes(op.naming!.resource, op.naming!.method);
      expect(returns).toContain(`APIPromise<Stream<${typeName(ir, op.streaming!.event)}>>`);
      expect(returns.some((r) => !r.includes('Stream<'))).toBe(true);
    });
  }

  for (const op of ir.operations.filter((o) => o.pagination)) {
    it(`${callName(op)} returns a PagePromise`, () => {
      const returns = dts.returnTypes(op.naming!.resource, op.naming!.method);
      expect(returns.length).toBeGreaterThan(0);
      for (const r of returns) expect(r).toMatch(/^PagePromise<\w+, .+>$/);
      const item = op.pagination!.item;
      if (item.kind === 'ref') expect(returns[0]).toMatch(new RegExp(`, ${typeName(ir, item)}>$`));
    });
  }

  for (const op of ir.operations.filter((o) => o.binary)) {
    it(`${callName(op)} returns APIPromise<Response>`, () => {
      expect(dts.returnTypes(op.naming!.resource, op.naming!.method)).toEqual(['APIPromise<Response>']);
    });
  }
});
