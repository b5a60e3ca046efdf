import { describe, expect, it } from 'vitest';
import { splitSignature } from '../../generator/emit/docs/signature.js';

describe('splitSignature', () => {
  it.each([
    [
      'list(query: PetListParams = {}, options?: RequestOptions): PagePromise<PetsPage, Pet>',
      { name: 'list', params: ['query: PetListParams = {}', 'options?: RequestOptions'], returnType: 'PagePromise<PetsPage, Pet>' },
    ],
    [
      "get(id: 'a,b' | '(x)', body: { a: (1 | 2)[]; f: (x: number) => void }, options?: RequestOptions): APIPromise<Map<string, [number, string]>>",
      {
        name: 'get',
        params: ["id: 'a,b' | '(x)'", 'body: { a: (1 | 2)[]; f: (x: number) => void }', 'options?: RequestOptions'],
        returnType: 'APIPromise<Map<string, [number, string]>>',
      },
    ],
    ['ping(options?: RequestOptions): APIPromise<void>', { name: 'ping', params: ['options?: RequestOptions'], returnType: 'APIPromise<void>' }],
    ["q(s: 'it\\'s)'): APIPromise<X>", { name: 'q', params: ["s: 'it\\'s)'"], returnType: 'APIPromise<X>' }],
  ])('%s', (given, want) => {
    expect(splitSignature(given)).toEqual(want);
  });

  it('rejects text that is not a signature', () => {
    expect(() => splitSignature('not a signature')).toThrow(/not a method signature/);
    expect(() => splitSignature('f(a: string')).toThrow(/not a method signature/);
  });
});
