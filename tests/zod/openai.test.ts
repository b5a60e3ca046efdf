import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentAt } from './helpers/check-file.js';
import { OPENAI_SPEC } from './helpers/emit-package.js';
import { writeSdkPackage } from './helpers/sdk-package.js';
import { typeCheck } from './helpers/typecheck.js';

const CONFIG = join(import.meta.dirname, '..', '..', 'spec', 'openai.sdk.yaml');

describe('the OpenAI spec', async () => {
  const pkg = await writeSdkPackage('openai-sdk', OPENAI_SPEC, CONFIG);
  const errors = typeCheck([join(pkg.src, 'zod', 'index.ts'), pkg.checkFile, pkg.validatorsFile]);
  const inZod = errors.filter((e) => e.file.startsWith(join(pkg.src, 'zod') + '/'));
  const failing = new Set(errors.filter((e) => e.file === pkg.checkFile).map((e) => componentAt(pkg.checkLines, e.line)));

  it('has a validator for every component schema, and the zod entry type-checks with 0 errors', () => {
    expect(Object.keys(pkg.ir.schemas)).toHaveLength(1422);
    expect(pkg.checkLines.size).toBe(1422);
    expect(inZod).toEqual([]);
  });

  it('the zod entry validators fit the runtime Validators (the client option)', () => {
    expect(errors.filter((e) => e.file === pkg.validatorsFile)).toEqual([]);
  });

  it('z.infer<typeof X> and X (from the emitted src/types.ts) are assignable both ways for every component', () => {
    expect([...failing].sort()).toEqual([]);
  });
});
