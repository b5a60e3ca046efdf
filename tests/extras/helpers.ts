import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import { extrasEmitter } from '../../generator/emit/extras/index.js';
import { writePackage } from '../../generator/emit/package/write.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** Inside the repo's node_modules, so the package resolves `ws` and `@types/ws` like a user's would. */
const OUT = join(ROOT, 'node_modules', '.cache', 'sdkgen-extras');

/** The annotated IR and settings of a fixture spec, with its SDK config when given. */
export async function fixtureInput(spec: string, config?: string) {
  const cfg = config ? await loadSdkConfig(join(FIXTURES, config)) : undefined;
  const ir: IRDocument = annotate(parseSpec(await loadSpec(join(FIXTURES, spec))), cfg);
  return { ir, settings: settingsFrom(ir, cfg) };
}

/** Emits a fixture package with the extras emitter (in memory). */
export async function fixtureFiles(spec: string, config?: string, outDir = join(OUT, 'memory')): Promise<GeneratedFile[]> {
  const { ir, settings } = await fixtureInput(spec, config);
  return emitPackage(ir, settings, { extra: [extrasEmitter], outDir });
}

const created: string[] = [];

/** Removes every folder this process created under the cache (call from `afterAll`). */
export async function cleanupPackages(): Promise<void> {
  await Promise.all(created.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** A fresh folder under the cache, removed by `cleanupPackages`. */
export async function scratchDir(label: string): Promise<string> {
  const dir = join(OUT, `${label}-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  created.push(dir);
  return dir;
}

/** Emits and writes a fixture package to a fresh folder; returns the folder. */
export async function fixturePackage(spec: string, config: string | undefined, label: string): Promise<string> {
  const dir = await scratchDir(label);
  await writePackage(dir, await fixtureFiles(spec, config, dir));
  return dir;
}

/** Imports a module of a written package by its path under the package (ESM build). */
export async function importFrom<T>(dir: string, file: string): Promise<T> {
  return (await import(pathToFileURL(join(dir, file)).href)) as T;
}

/** Runs tsc; resolves to its output, '' when clean. */
export async function tsc(cwd: string, args: string[]): Promise<string> {
  try {
    await promisify(execFile)(process.execPath, [TSC, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message;
  }
}
