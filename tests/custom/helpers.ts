import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import { customEmitter } from '../../generator/emit/custom/index.js';
import { docsEmitter } from '../../generator/emit/docs/index.js';
import { writePackage } from '../../generator/emit/package/write.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'custom');
/** Scratch space of these tests (outside `tests/`, so generated tests stay out of vitest's glob). */
export const SCRATCH = join(ROOT, '.tmp', 'custom', `tests-${process.pid}`);

/** Emits a package from a spec and SDK config (custom + docs emitters); throws what generation throws. */
export async function emitFixture(spec: string, config: string, outDir: string): Promise<GeneratedFile[]> {
  const cfg = await loadSdkConfig(config);
  const ir = annotate(parseSpec(await loadSpec(spec)), cfg);
  return emitPackage(ir, settingsFrom(ir, cfg), { extra: [customEmitter, docsEmitter], outDir });
}

/** Emits and then writes, as `sdkgen generate` does: a failed emit writes nothing. */
export async function generateInto(spec: string, config: string, outDir: string): Promise<GeneratedFile[]> {
  const files = await emitFixture(spec, config, outDir);
  await writePackage(outDir, files);
  return files;
}

/**
 * A copy of the fixture (spec, config, custom folder) under the scratch folder, with edits:
 * `files` maps a path under the copy to new text (or a function of the old text).
 */
export function fixtureCopy(label: string, files: Record<string, string | ((old: string) => string)> = {}): { dir: string; spec: string; config: string } {
  const dir = join(SCRATCH, label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIXTURES, dir, { recursive: true });
  for (const [path, edit] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    let old = '';
    try {
      old = readFileSync(full, 'utf8');
    } catch {
      // a new file
    }
    writeFileSync(full, typeof edit === 'string' ? edit : edit(old));
  }
  return { dir, spec: join(dir, 'jobs.yaml'), config: join(dir, 'jobs.sdk.yaml') };
}

/** Imports a module of a written package by its path under the package. */
export async function importFrom<T>(dir: string, file: string): Promise<T> {
  return (await import(pathToFileURL(join(dir, file)).href)) as T;
}

/** Runs the repository's tsc; resolves to its output, '' when clean. */
export async function tsc(cwd: string, args: string[]): Promise<string> {
  try {
    await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), ...args], { cwd, maxBuffer: 64 << 20 });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message;
  }
}

/** The diagnostics of what `run` throws (an `SdkgenError`), or a failure when it does not throw one. */
export async function diagnosticsOf(run: () => Promise<unknown>): Promise<{ file?: string; line?: number; pointer?: string; message: string; expected?: string }[]> {
  try {
    await run();
  } catch (e) {
    if (e instanceof Error && e.name === 'SdkgenError') return (e as Error & { diagnostics: [] }).diagnostics;
    throw e;
  }
  throw new Error('expected generation to fail with an SdkgenError');
}
