import { describe, expect, it } from 'vitest';
import { annotate, PASSES, type PassName } from '../../generator/annotate/index.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { arr, doc, json, obj, op, query, str } from './ir-builders.js';

/** A list operation with a query array: every pass but polling has something to write. */
function listing(): IRDocument {
  const page = obj({ data: arr(obj({ id: str() })), has_more: { kind: 'boolean', pointer: '#' } });
  return doc([op('get', '/items', { id: 'listItems', params: [query('ids[]', arr(str()))], ok: [json(page)] })]);
}

/** Which annotations the operation and its parameter carry. */
function written(ir: IRDocument): string[] {
  const o = ir.operations[0]!;
  return [o.pagination && 'pagination', o.parameters[0]!.wire && 'wire', o.naming && 'naming'].filter((x): x is string => !!x);
}

describe('annotate: the skip option', () => {
  const cases: { name: string; skip?: PassName[]; want: string[] }[] = [
    { name: 'no option: every pass runs', want: ['pagination', 'wire', 'naming'] },
    { name: 'skip naming (the diff wire view)', skip: ['naming'], want: ['pagination', 'wire'] },
    { name: 'skip wire and pagination', skip: ['wire', 'pagination'], want: ['naming'] },
  ];
  it.each(cases)('$name', ({ skip, want }) => {
    expect(written(annotate(listing(), undefined, skip ? { skip } : {}))).toEqual(want);
  });

  it('skipping naming gives the same IR as every other pass run by hand', () => {
    const byHand = listing();
    for (const [name, pass] of PASSES) if (name !== 'naming') pass(byHand);
    expect(annotate(listing(), undefined, { skip: ['naming'] })).toEqual(byHand);
  });
});
