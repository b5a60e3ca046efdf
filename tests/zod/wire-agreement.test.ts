import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers/emit-package.js';
import { writeSdkPackage, type SdkPackage } from './helpers/sdk-package.js';
import { typeCheck } from './helpers/typecheck.js';

// The fixture: `listThings` takes a bracket array `ids[]` and `page_size` (renamed `limit` by the
// config); `createThing` offers a JSON and a form body and the config prefers the form.
const SPEC = join(FIXTURES, 'wire-agreement.yaml');
const CONFIG = join(FIXTURES, 'wire-agreement.sdk.yaml');

interface Parser {
  safeParse(v: unknown): { success: boolean };
}
let pkg: SdkPackage;
let operations: Record<string, { params: Parser }>;

beforeAll(async () => {
  pkg = await writeSdkPackage('wire-agreement', SPEC, CONFIG);
  ({ operations } = await import(join(pkg.src, 'zod', 'operations.ts')));
}, 60_000);

/** What the generated client sends, with the zod entry's validators in strict mode. */
async function send(call: (client: any) => Promise<unknown>): Promise<{ url: string; type: string | null; body: string; error?: string }> {
  const { default: Things } = await import(join(pkg.src, 'index.ts'));
  const { validators } = await import(join(pkg.src, 'zod', 'index.ts'));
  const seen = { url: '', type: null as string | null, body: '' };
  const fetch = async (url: string, init: RequestInit) => {
    Object.assign(seen, { url: decodeURIComponent(String(url)), type: new Headers(init.headers).get('content-type'), body: String(init.body ?? '') });
    return new Response('{"count":1,"id":"t"}', { headers: { 'content-type': 'application/json' } });
  };
  const client = new Things({ fetch, maxRetries: 0, validate: 'strict', validators });
  try {
    await call(client);
    return seen;
  } catch (e) {
    return { ...seen, error: (e as Error).message };
  }
}

describe('the zod operations map reads the wire annotations', () => {
  const cases: { name: string; op: string; given: unknown; want: boolean }[] = [
    { name: 'query key of `ids[]` is the SDK member `ids`', op: 'listThings', given: { query: { ids: ['a'], page_size: 1 } }, want: true },
    { name: 'the spec name `ids[]` is not a key (ids missing)', op: 'listThings', given: { query: { 'ids[]': ['a'], page_size: 1 } }, want: false },
    { name: 'a renamed parameter is checked under the wire key the client sends', op: 'listThings', given: { query: { ids: [], limit: 1 } }, want: false },
    { name: 'the body is the form the config prefers', op: 'createThing', given: { body: { title: 't', tags: ['x'] } }, want: true },
    { name: 'not the JSON body the spec lists first', op: 'createThing', given: { body: { name: 'n' } }, want: false },
  ];
  it.each(cases)('$name', ({ op, given, want }) => {
    expect(operations[op]!.params.safeParse(given).success).toBe(want);
  });
});

describe('the client and the zod map agree (validate: strict with the generated validators)', () => {
  it('the package, its zod entry and the validators option type-check strict', () => {
    const errors = typeCheck([join(pkg.src, 'index.ts'), join(pkg.src, 'zod', 'index.ts'), pkg.validatorsFile]);
    expect(errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([]);
  });

  it('a query-only method with a renamed member sends ids[] and page_size, and passes the params check', async () => {
    const sent = await send((c) => c.things.retrieve({ ids: ['a', 'b'], limit: 3 }));
    expect(sent).toEqual({ url: 'http://localhost/things?ids[]=a&ids[]=b&page_size=3', type: null, body: '' });
  });

  it('a bad member value fails the params check at the key the method takes (nothing is sent)', async () => {
    const sent = await send((c) => c.things.retrieve({ ids: [1], limit: 3 }));
    expect(sent.url).toBe('');
    expect(sent.error).toMatch(/listThings params does not match the schema:\n {2}at \$\.query\.ids\[0\]/);
  });

  it('the preferred form body is sent and passes the params check', async () => {
    const sent = await send((c) => c.things.update({ title: 't', tags: ['x'] }));
    expect(sent).toEqual({ url: 'http://localhost/things', type: 'application/x-www-form-urlencoded', body: 'title=t&tags=x' });
  });
});
