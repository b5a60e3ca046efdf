import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import { SdkgenError } from '../../generator/errors.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { ESM_OPTIONS, programDeclarations } from '../../generator/emit/package/declarations.js';
import { nativeBuild } from '../../generator/emit/package/native.js';
import { writePackage } from '../../generator/emit/package/write.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';
import { normalDeclaration, normalJavaScript, tscJavaScript } from './helpers/oracle.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, '.tmp', 'native-build', 'openai');

const one = async (path: string, contents: string, flags: Partial<GeneratedFile> = {}) =>
  (await nativeBuild([{ path, contents, ...flags }])).get(path)!;

describe('nativeBuild: one module', () => {
  const cases: { name: string; source: string; flags?: Partial<GeneratedFile>; want: (m: Awaited<ReturnType<typeof one>>) => void }[] = [
    {
      name: 'type-only imports are elided from JavaScript and kept in the declaration',
      source: `import type { A } from './a.js';\nimport { b } from './b.js';\nexport const c: A = b;\n`,
      want: (m) => {
        expect(m.esm).not.toMatch(/a\.js/);
        expect(m.esm).toMatch(/from "\.\/b\.js"|from '\.\/b\.js'/);
        expect(m.cjs).toMatch(/require\(["']\.\/b\.js["']\)/);
        expect(m.dts).toMatch(/import type \{ A \} from ["']\.\/a\.js["'];[\s\S]*export declare const c: A;/);
      },
    },
    {
      name: 'class fields keep define semantics (ES2022), declared fields vanish',
      source: `export class K {\n  x = 1;\n  y?: number;\n  declare z: string;\n  #p = 2;\n  get p(): number { return this.#p; }\n}\n`,
      want: (m) => {
        expect(m.esm).toMatch(/x = 1;/);
        expect(m.esm).toMatch(/\by;/);
        expect(m.esm).not.toMatch(/\bz\b/);
        expect(m.dts).toMatch(/#private;[\s\S]*get p\(\): number;/);
      },
    },
    {
      name: "CommonJS loads a dynamic import() with require(), as tsc's CommonJS does",
      source: `export async function load(): Promise<unknown> {\n  return import('./zod/operations.js');\n}\n`,
      want: (m) => {
        expect(m.esm).toMatch(/import\(["']\.\/zod\/operations\.js["']\)/);
        expect(m.cjs).toMatch(/require\(["']\.\/zod\/operations\.js["']\)/);
        expect(m.cjs).not.toMatch(/\bimport\(/);
      },
    },
    {
      name: 'a types-only module is its own declaration and an empty module',
      source: `export interface T { a: string }\n`,
      flags: { typesOnly: true },
      want: (m) => {
        expect(m.dts).toBe(`export interface T { a: string }\n`);
        expect(m.esm).toBe('export {};\n');
        expect(m.cjs).toMatch(/^"use strict";/);
      },
    },
    {
      name: 'a module that needs a checker for its declaration has none (the build falls back to tsc)',
      source: `const f = () => ({ a: 1 });\nexport const x = f();\n`,
      want: (m) => {
        expect(m.dts).toBeUndefined();
        expect(m.esm).toMatch(/export const x = f\(\);/);
      },
    },
  ];
  for (const c of cases) it(c.name, async () => c.want(await one('src/m.ts', c.source, c.flags)));

  it('a module that does not parse is an SdkgenError naming the file and line', async () => {
    const error = await one('src/bad.ts', 'export const a = 1;\nexport const = ;\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkgenError);
    expect((error as Error).message).toMatch(/src\/bad\.ts:2: generated module does not parse/);
  });
});

describe('the OpenAI package built natively, against tsc as the oracle', () => {
  let files: GeneratedFile[];
  const byPath = (p: string): string => files.find((f) => f.path === p)!.contents;
  const modules = (): GeneratedFile[] => files.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));

  beforeAll(async () => {
    const config = await loadSdkConfig(join(ROOT, 'spec', 'openai.sdk.yaml'));
    const ir = annotate(parseSpec(await loadSpec(join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml'))), config);
    files = await emitPackage(ir, settingsFrom(ir, config), { extra: await extraEmitters(), outDir: OUT });
    await writePackage(OUT, files);
  }, 600_000);

  it('ESM JavaScript of every module equals tsc transpileModule, up to whitespace and comments', () => {
    expect(modules().length).toBeGreaterThan(200);
    const differ = modules().filter(
      (f) => normalJavaScript(byPath(`dist/esm/${f.path.slice(4, -3)}.js`)) !== normalJavaScript(tscJavaScript(f.path, f.contents)),
    );
    expect(differ.map((f) => f.path)).toEqual([]);
  }, 120_000);

  it("declarations equal a TypeScript program's on a sample (runtime, entry points, zod, every 4th resource)", () => {
    const all = modules();
    const sample = all.filter((f, i) => !f.path.startsWith('src/resources/') || i % 4 === 0);
    expect(sample.length).toBeGreaterThan(60);
    const oracle = programDeclarations(all, sample, ESM_OPTIONS(), resolve(OUT));
    const differ = sample.filter((f) => {
      const name = f.path.slice(4, -3);
      const want = oracle.get(name);
      return want === undefined || normalDeclaration(byPath(`dist/esm/${name}.d.ts`)) !== normalDeclaration(want);
    });
    expect(differ.map((f) => f.path)).toEqual([]);
  }, 300_000);

  it('every CommonJS module exports the names of its ESM module, with values of the same kind', async () => {
    const require = createRequire(import.meta.url);
    const mismatched: string[] = [];
    for (const f of modules()) {
      const name = f.path.slice(4, -3);
      const esm = (await import(pathToFileURL(join(OUT, 'dist', 'esm', `${name}.js`)).href)) as Record<string, unknown>;
      const cjs = require(join(OUT, 'dist', 'cjs', `${name}.js`)) as Record<string, unknown>;
      const shape = (m: Record<string, unknown>) =>
        Object.keys(m)
          .filter((k) => k !== '__esModule' && k !== 'module.exports')
          .sort()
          .map((k) => `${k}:${typeof m[k]}`);
      if (JSON.stringify(shape(esm)) !== JSON.stringify(shape(cjs))) mismatched.push(name);
    }
    expect(mismatched).toEqual([]);
  }, 120_000);
});
