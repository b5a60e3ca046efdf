import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import type { SdkConfig } from '../../generator/config/types.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { writePackage } from '../../generator/emit/package/write.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';
import { resolveSpec } from '../../generator/sources/index.js';
import { officialMismatches } from './official-surface.js';
import { apiSurface } from './surface.js';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, '.tmp', 'openai-package');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const run = promisify(execFile);

/** The pipeline of `sdkgen generate --spec-id openai`, in process, so it can be run twice on one IR. */
async function openaiIR(): Promise<{ ir: IRDocument; config: SdkConfig }> {
  const config = await loadSdkConfig(join(ROOT, 'spec', 'openai.sdk.yaml'));
  const spec = await resolveSpec({ specId: 'openai' });
  return { ir: annotate(parseSpec(await loadSpec(spec.path)), config), config };
}

async function emit(ir: IRDocument, config: SdkConfig): Promise<GeneratedFile[]> {
  return emitPackage(ir, settingsFrom(ir, config), { extra: await extraEmitters(), outDir: OUT });
}

async function tsc(args: string[]): Promise<string> {
  try {
    await run(process.execPath, [TSC, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; message: string };
    return e.stdout || e.message;
  }
}

const digest = (files: GeneratedFile[]) =>
  Object.fromEntries(files.map((f) => [f.path, createHash('sha256').update(f.contents).digest('hex')]));

describe('the generated OpenAI package', () => {
  let input: { ir: IRDocument; config: SdkConfig };
  let files: GeneratedFile[];

  beforeAll(async () => {
    input = await openaiIR();
    files = await emit(input.ir, input.config);
    await writePackage(OUT, files);
  }, 600_000);

  it('has a named type for every component schema and a method for every operation', () => {
    const types = files.find((f) => f.path === 'src/types.ts')!.contents;
    const declared = types.match(/^export (interface|type) /gm) ?? [];
    expect(declared.length).toBe(Object.keys(input.ir.schemas).length);
    expect(declared.length).toBe(1422);
    const calls = files
      .filter((f) => f.path.startsWith('src/resources/') && !f.path.endsWith('index.ts'))
      .flatMap((f) => f.contents.match(/this\._client\.request(Page)?\(/g) ?? []);
    const aliases = input.ir.operations.reduce((n, op) => n + (op.naming?.aliases?.length ?? 0), 0);
    expect(calls.length).toBe(input.ir.operations.length + aliases);
    expect(input.ir.operations.length).toBe(288);
  });

  it('passes tsc --strict (0 errors)', async () => {
    expect(await tsc(['-p', OUT])).toBe('');
  }, 300_000);

  it('type-checks its generated end-to-end tests (sample values fit the params types)', async () => {
    const config = join(OUT, 'tsconfig.tests.json');
    await writeFile(config, JSON.stringify({ extends: './tsconfig.json', include: ['src/**/*.ts', 'tests/**/*.ts'] }));
    expect(await tsc(['-p', config])).toBe('');
  }, 300_000);

  it('type-checks a consumer using chat (message unions), streaming, responses, files and embeddings', async () => {
    const config = join(OUT, 'tsconfig.consumer.json');
    const compilerOptions = {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [], strict: true, noEmit: true, skipLibCheck: false,
      paths: { openai: [join(OUT, 'dist', 'esm', 'index.d.ts')] },
    };
    await writeFile(config, JSON.stringify({ compilerOptions, files: [join(import.meta.dirname, 'consumer', 'openai-consumer.ts')] }));
    expect(await tsc(['-p', config])).toBe('');
  }, 300_000);

  it('rejects a consumer that breaks the types (the check can fail)', async () => {
    const bad = join(OUT, 'bad-consumer.ts');
    await writeFile(bad, `import OpenAI from 'openai';\nnew OpenAI().chat.completions.create({ model: 'x', messages: [{ role: 'nobody', content: 1 }] });\n`);
    const config = join(OUT, 'tsconfig.bad.json');
    const compilerOptions = {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true,
      skipLibCheck: true, paths: { openai: [join(OUT, 'dist', 'esm', 'index.d.ts')] },
    };
    await writeFile(config, JSON.stringify({ compilerOptions, files: [bad] }));
    expect(await tsc(['-p', config])).toMatch(/bad-consumer\.ts\(2,\d+\): error TS\d+/);
  }, 300_000);

  it('has the API surface in the snapshot (every exported name and method signature)', async () => {
    const surface = apiSurface(OUT);
    await expect(surface).toMatchFileSnapshot(join('__snapshots__', 'openai-surface.txt'));
    // Every call of the official package exists, with the same positional (path) arguments.
    expect(officialMismatches(surface)).toEqual([]);
    expect(officialMismatches('client.files.list(options?: RequestOptions): X\n')).toContain('missing: client.files.create({ ...params })');
  }, 300_000);

  it('is byte-identical when generated twice', async () => {
    const again = await emit(input.ir, input.config);
    expect(digest(again)).toEqual(digest(files));
  }, 600_000);
});
