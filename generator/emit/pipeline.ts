import type { IRDocument } from '../ir/types.js';
import { compareStrings } from '../util/sort.js';
import { PRETTIER_OPTIONS, render } from './render.js';
import { formatAll } from './work/format.js';
import { mergeAdditions } from './extras/additions.js';
import { buildPackage } from './package/build.js';
import { packageJson, packageTsconfig } from './package/manifest.js';
import { runtimeFiles } from './package/runtime-files.js';
import { sdkEmitter } from './sdk/index.js';
import { testsEmitter } from './tests/index.js';
import type { Emitter, GeneratedFile, SdkSettings } from './types.js';

/** Wall time of each step, for the CLI's one line per stage. */
export type StageTimer = <T>(stage: string, run: () => Promise<T> | T) => Promise<T>;

const untimed: StageTimer = async (_stage, run) => run();

/**
 * Everything after annotate: run the emitters, format (prettier's output, `work/format.ts`), add
 * the runtime and the manifest, and build ESM/CJS + declarations natively (`outDir`: where the
 * package will live, for module resolution of its imports; `build: false`: sources only, no
 * `dist/` and no `dist` entries in the manifest, for users who compile the generated code with
 * their own tools). Returns the package's files sorted by path.
 */
export async function emitPackage(
  ir: IRDocument,
  settings: SdkSettings,
  options: { extra?: Emitter[]; time?: StageTimer; outDir: string; build?: boolean },
): Promise<GeneratedFile[]> {
  const { extra = [], time = untimed, outDir, build = true } = options;
  const additions = mergeAdditions(extra.map((e) => e.additions?.({ ir, settings }) ?? {}));
  const input = { ir, settings, additions };
  const emitted = await time('emit', async () => {
    const files: GeneratedFile[] = [];
    for (const emitter of [sdkEmitter, testsEmitter, ...extra]) files.push(...(await emitter.emit(input)));
    return files;
  });
  const formatted = await time('format', async () => {
    const ts = emitted.filter((f) => f.path.endsWith('.ts'));
    const index = new Map(ts.map((f, i) => [f, i]));
    const done = await formatAll(ts.map((f) => f.contents), PRETTIER_OPTIONS);
    return emitted.map((f) => (index.has(f) ? { ...f, contents: done[index.get(f)!]! } : f));
  });
  const sources = [...runtimeFiles(), ...formatted];
  // Emitters' checks of the sources (custom code type-checked against the package) run before the
  // build, as a stage of their own: a type-check costs seconds, the build a fraction of one.
  const check = async (): Promise<void> => {
    for (const emitter of extra) await emitter.check?.(sources, { ...input, outDir });
  };
  const hasZod = sources.some((f) => f.path === 'src/zod/index.ts');
  const meta: GeneratedFile[] = [
    { path: 'package.json', contents: packageJson(settings, { zod: hasZod, subpaths: additions.entries, optionalPeers: additions.optionalPeers, dist: build }) },
    { path: 'tsconfig.json', contents: packageTsconfig() },
    { path: 'README.md', contents: render('package/README.md', settings) },
    { path: 'api.md', contents: render('package/api.md', settings) },
  ];
  // A stage line of its own when there is custom code to type-check (otherwise the checks are instant).
  await (settings.custom ? time('typecheck', check) : check());
  const built = build ? await time('build', () => buildPackage(sources, outDir)) : [];
  const all = new Map<string, GeneratedFile>();
  for (const f of [...meta, ...sources, ...built]) all.set(f.path, { path: f.path, contents: f.contents });
  return [...all.values()].sort((a, b) => compareStrings(a.path, b.path));
}
