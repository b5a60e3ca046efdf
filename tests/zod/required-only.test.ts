import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { emitPackage, FIXTURES, loadIR } from './helpers/emit-package.js';
import { typeCheck } from './helpers/typecheck.js';

type Schemas = Record<string, z.ZodType>;

/** `required` names a property a sibling `allOf` member declares (or nobody declares). */
describe('names required by one allOf member and declared by another', async () => {
  const pkg = await emitPackage('required-only', await loadIR(join(FIXTURES, 'required-only.yaml')));
  const S = (await import(pathToFileURL(join(pkg.dir, 'zod', 'index.ts')).href)) as Schemas;

  it.each([
    ['Resp', { id: 'r', model: 'gpt' }, true],
    ['Resp', { id: 'r', model: 'gpt', temperature: 1 }, true],
    ['Resp', { id: 'r' }, false],
    ['Resp', { id: 'r', model: 1 }, false],
    ['Forgot', { a: 'x', b: 1 }, true],
    ['Forgot', { a: 'x', b: null }, true],
    ['Forgot', { a: 'x' }, false],
    ['Tagged', { kind: 'a', extra: 1 }, true],
    ['Tagged', { kind: 'a' }, false],
    ['Tagged', { kind: 'b' }, true],
  ] as const)('%s %j valid: %s', (name, value, valid) => {
    expect(S[name]!.safeParse(value).success).toBe(valid);
  });

  it('keeps a tagged union discriminated', () => {
    const schemas = pkg.files.map((f) => f.contents).join('\n');
    expect(schemas).toMatch(/z\.discriminatedUnion\('kind', \[TagA, TagB\]\)/);
  });

  it('reports a missing key at its path', () => {
    const result = S.Resp!.safeParse({ id: 'r' });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['model']]);
  });

  it('types: the key is required and keeps its declared type; z.infer agrees both ways', () => {
    const fixture = join(pkg.dir, 'use.ts');
    const lines = [
      "import type { Forgot, Resp } from './types.js';",
      "import type * as z from 'zod';",
      "import type { Resp as RespSchema } from './zod/schemas.js';",
      'type Eq<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;',
      "const r: Resp = { id: 'r', model: 'gpt' };",
      'export const model: Eq<Resp["model"], string> = true;',
      'export const inferred: Eq<z.infer<typeof RespSchema>["model"], string> = true;',
      "export const f: Forgot = { a: 'x', b: 0 };",
      'export const s: string = r.model;',
      "export const missing: Resp = { id: 'r' };", // line 10: must fail
      "export const forgot: Forgot = { a: 'x' };", // line 11: must fail
    ];
    writeFileSync(fixture, lines.join('\n') + '\n');
    const errors = typeCheck([join(pkg.dir, 'zod', 'index.ts'), pkg.checkFile, fixture]);
    expect(errors.map((e) => `${e.file === fixture ? 'use' : e.file}:${e.line}`)).toEqual(['use:10', 'use:11']);
    expect(errors[0]!.message).toMatch(/model/);
    expect(errors[1]!.message).toMatch(/'b'/);
  });
});
