import { resolve } from 'node:path';
import { SdkgenError } from '../../errors.js';
import type { Diagnostic } from '../../ir/types.js';
import { cacheKey, emitCacheDir, TextCache } from '../cache.js';
import type { GeneratedFile } from '../types.js';
import { checkClassic, classicVersion } from './check-classic.js';
import type { FoundProblem } from './check-input.js';
import { checkNative, loadNative } from './check-native.js';
import { packagePath, type CustomModule } from './modules.js';

/** Programs that passed, by the hash of every source they could read: a warm regeneration skips TypeScript. */
const passed = new TextCache(emitCacheDir('custom-check'), 200);

/**
 * Which compiler checks custom code: TypeScript 7 (native, ~5× faster on OpenAI's helpers) when
 * its binary is installed for this platform, else TypeScript 5 in this process.
 * `SDKGEN_TYPECHECKER=classic` forces the fallback (its tests use it).
 */
const wantsClassic = (): boolean => process.env.SDKGEN_TYPECHECKER === 'classic';

/**
 * Type-checks the custom modules (their own text, so lines match the files the user edits)
 * against the package's other sources, held in memory under `pkgDir` so bare imports (`zod`)
 * resolve as they will for users. Only the custom files are checked; the generated and runtime
 * modules are read for their types. Any error is an `SdkgenError` naming the custom file, line
 * and TypeScript's message.
 */
export async function checkCustomModules(sources: GeneratedFile[], modules: CustomModule[], pkgDir: string): Promise<void> {
  if (modules.length === 0) return;
  const root = resolve(pkgDir).replace(/\/+$/, '') + '/';
  const texts = new Map<string, string>();
  for (const f of sources) if (f.path.startsWith('src/') && f.path.endsWith('.ts')) texts.set(root + f.path, f.contents);
  const byPath = new Map<string, CustomModule>();
  for (const m of modules) {
    texts.set(root + packagePath(m.rel), m.text);
    byPath.set(root + packagePath(m.rel), m);
  }
  const native = wantsClassic() ? undefined : await loadNative();
  let key: string | undefined;
  if (passed.enabled) {
    const parts = ['custom-check-v2', native ? `native ${native.version}` : `classic ${classicVersion()}`, root];
    for (const [p, t] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) parts.push(p, t);
    key = cacheKey(parts);
    if (passed.get(key) !== undefined) return;
  }

  const input = { root, texts, roots: [...byPath.keys()] };
  const found = native ? await checkNative(native, input) : checkClassic(input);
  if (found.length > 0) throw new SdkgenError(found.map((p) => toDiagnostic(p, byPath.get(p.file)!)));
  if (key !== undefined) {
    passed.set(key, 'ok');
    passed.prune();
  }
}

function toDiagnostic(problem: FoundProblem, module: CustomModule): Diagnostic {
  const lineOf = (pos: number): number => module.text.slice(0, pos).split('\n').length;
  const hint = problem.hint ? ` (line ${lineOf(problem.hint.pos)}: ${problem.hint.message})` : '';
  const out: Diagnostic = {
    level: 'error',
    stage: 'emit',
    file: module.file,
    message: (problem.message + hint).replace(/\s+/g, ' ').trim(),
    expected: `custom code that type-checks against the package generated from this spec (TS${problem.code})`,
  };
  if (problem.pos !== undefined) out.line = lineOf(problem.pos);
  return out;
}
