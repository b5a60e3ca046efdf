import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SdkSettings } from '../../generator/emit/types.js';
import { emitZod, ZOD_RANGE, zodEmitter } from '../../generator/emit/zod/index.js';
import { FIXTURES, loadIR } from './helpers/emit-package.js';

const options = { typesModule: '../resources/index.js', uploadModule: '../core/uploads.js', uploadType: 'Uploadable' };

describe('emitZod on the kitchen-sink fixture', async () => {
  const ir = await loadIR(join(FIXTURES, 'kitchen-sink.yaml'));
  const files = await emitZod(ir, options);

  it('writes schemas, operations and index under src/zod', () => {
    expect(files.map((f) => f.path)).toEqual(['src/zod/schemas.ts', 'src/zod/operations.ts', 'src/zod/index.ts']);
  });

  it.each(['schemas', 'operations', 'index'])('matches the %s.ts snapshot', async (name) => {
    const file = files.find((f) => f.path === `src/zod/${name}.ts`)!;
    await expect(file.contents).toMatchFileSnapshot(`__snapshots__/kitchen-sink.${name}.ts`);
  });

  it('is deterministic', async () => {
    const again = await emitZod(await loadIR(join(FIXTURES, 'kitchen-sink.yaml')), options);
    expect(again).toEqual(files);
  });

  it('keeps spec prose inside comments and string literals', () => {
    const schemas = files[0]!.contents;
    expect(schemas).not.toContain("*/ console.log('escaped')");
    expect(schemas).toContain("*\\/ console.log('escaped')");
    expect(schemas).toContain(`'it\\'s "complicated"'`);
    expect(schemas).toContain(`'line\\nbreak'`);
  });

  it('declares components dependencies-first, each body deferred by z.lazy, no z.any()', () => {
    const schemas = files[0]!.contents;
    const decl = (name: string) => schemas.indexOf(`export const ${name} =`);
    expect(decl('PetKind')).toBeLessThan(decl('Pet'));
    expect(decl('EventCreated')).toBeLessThan(decl('Event'));
    const exports = schemas.match(/^export const (?!\$binary)\w+ =/gm) ?? [];
    const deferred = schemas.match(/^export const \w+ = z\.lazy\(\(\) =>/gm) ?? [];
    expect(exports.length).toBeGreaterThan(20);
    expect(deferred.length).toBe(exports.length);
    expect(schemas).toMatch(/children: z\.array\(TreeNode\)/);
    expect(schemas).not.toContain('z.any()');
  });
});

describe('zodEmitter (as the package pipeline plugs it in)', async () => {
  const ir = await loadIR(join(FIXTURES, 'kitchen-sink.yaml'));
  const settings = { packageName: 'pets-sdk', clientName: 'Pets', version: '1.0.0', defaultBaseURL: 'https://x', credentials: {}, headerOptions: {}, extraOptions: {} } as SdkSettings;

  it('writes src/zod with types from ../types.js and uploads from the runtime', async () => {
    const files = await zodEmitter.emit({ ir, settings });
    expect(files.map((f) => f.path)).toEqual(['src/zod/schemas.ts', 'src/zod/operations.ts', 'src/zod/index.ts']);
    expect(files[0]!.contents).toContain(`import type * as $T from '../types.js';`);
    expect(files[0]!.contents).toContain(`import type { Uploadable } from '../core/uploads.js';`);
  });

  it('makes zod an optional peer dependency and documents the entry', () => {
    const additions = zodEmitter.additions!({ ir, settings });
    expect(additions.optionalPeers).toEqual({ zod: ZOD_RANGE });
    expect(additions.readme?.[0]).toContain("from 'pets-sdk/zod'");
  });
});
