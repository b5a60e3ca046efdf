import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { annotate } from '../../generator/annotate/index.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { writePackage } from '../../generator/emit/package/write.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import type { GeneratedFile } from '../../generator/emit/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'emit');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The annotated IR of a fixture spec, through the real load → parse → annotate stages. */
export async function fixtureIR(name: string): Promise<IRDocument> {
  return annotate(parseSpec(await loadSpec(join(FIXTURES, name))));
}

/** Emits a fixture spec as a whole package (in memory). */
export async function fixturePackage(name: string): Promise<GeneratedFile[]> {
  const ir = await fixtureIR(name);
  return emitPackage(ir, settingsFrom(ir), { outDir: join(tmpdir(), 'sdkgen-fixture') });
}

/** Writes the files into a fresh temporary folder and returns its path. */
export async function writeTemp(files: GeneratedFile[], label: string): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), `sdkgen-${label}-`)), 'pkg');
  await writePackage(dir, files);
  return dir;
}

/** Runs `tsc -p <dir>` (strict, per the package's tsconfig); resolves to its output, '' when clean. */
export async function tsc(dir: string, args: string[] = ['-p', dir]): Promise<string> {
  try {
    await promisify(execFile)(process.execPath, [TSC, ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message;
  }
}
