import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { annotate } from '../../generator/annotate/index.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { writePackage } from '../../generator/emit/package/write.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SCRATCH = join(ROOT, '.tmp', 'corpus');
const EXAMPLES = join(ROOT, 'node_modules', '@readme', 'oas-examples');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** TypeScript 7, the native compiler (the `typescript-7` alias), for users already on it. */
export const TSC7 = join(ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc');

/** One spec of the `@readme/oas-examples` corpus: `3.0/petstore` → its JSON file. */
export interface CorpusSpec {
  id: string;
  file: string;
}

/** Every JSON spec of the corpus (3.0 and 3.1), sorted by id. */
export function corpusSpecs(): CorpusSpec[] {
  const out: CorpusSpec[] = [];
  for (const version of ['3.0', '3.1']) {
    const dir = join(EXAMPLES, version, 'json');
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.json')) out.push({ id: `${version}/${name.slice(0, -5)}`, file: join(dir, name) });
    }
  }
  return out;
}

/** Generates a spec with no config, in memory, without `dist/` (sources only). */
export async function generateSources(file: string, outDir: string): Promise<GeneratedFile[]> {
  const ir = annotate(parseSpec(await loadSpec(file)));
  return emitPackage(ir, settingsFrom(ir), { extra: await extraEmitters(), outDir, build: false });
}

/** Writes a package's files into `dir` (replacing what was there). */
export async function writeSources(dir: string, files: GeneratedFile[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await writePackage(dir, files);
}

/**
 * Type-checks several packages in one `tsc` program (one cold start instead of one per
 * package): a tsconfig in `root` whose `files` are every package's sources in `folders`
 * (default `src/` and `tests/`). Returns the diagnostics grouped by package folder ('' key: unattributed).
 */
export async function tscAll(
  root: string,
  dirs: string[],
  compilerOptions: Record<string, unknown>,
  folders: readonly string[] = ['src', 'tests'],
  compiler: string = TSC,
): Promise<Map<string, string[]>> {
  const files = dirs.flatMap((d) => listTs(d, folders).map((f) => relative(root, f)));
  await mkdir(root, { recursive: true });
  const config = { compilerOptions: { noEmit: true, skipLibCheck: true, types: [], ...compilerOptions }, files };
  await writeFile(join(root, 'tsconfig.json'), JSON.stringify(config, null, 2));
  const output = await run(compiler, ['-p', root, '--pretty', 'false']);
  const byDir = new Map<string, string[]>(dirs.map((d) => [d, []]));
  for (const line of output.split('\n').filter((l) => /error TS\d+/.test(l))) {
    const owner = dirs.find((d) => resolve(line).startsWith(d + '/'));
    const key = owner ?? '';
    byDir.set(key, [...(byDir.get(key) ?? []), line]);
  }
  return byDir;
}

function listTs(dir: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  for (const sub of folders) {
    const walk = (d: string): void => {
      let entries;
      try {
        entries = readdirSync(d, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (e.name.endsWith('.ts')) out.push(join(d, e.name));
      }
    };
    walk(join(dir, sub));
  }
  return out.sort();
}

async function run(compiler: string, args: string[]): Promise<string> {
  try {
    await promisify(execFile)(process.execPath, [compiler, ...args], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message;
  }
}
