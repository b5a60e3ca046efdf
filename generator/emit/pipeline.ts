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
  // Emitters' checks (custom code type-checked against the package) start now, on the sources
  // before formatting (layout cannot change a type; custom modules are checked in their own text):
  // TypeScript 7 runs in a process of its own while this one formats and builds. The check has a
  // stage line of its own when there is custom code (otherwise checks are instant); its problems
  // come first (they name the user's files), and nothing is returned unless everything passed.
  const runtime = runtimeFiles();
  const check = async (): Promise<void> => {
    const unformatted = [...runtime, ...emitted];
    for (const emitter of extra) await emitter.check?.(unformatted, { ...input, outDir });
  };
  const checking = settled(settings.custom ? time('typecheck', check) : check());
  const formatted = await time('format', async () => {
    const ts = emitted.filter((f) => f.path.endsWith('.ts'));
    const index = new Map(ts.map((f, i) => [f, i]));
    const done = await formatAll(ts.map((f) => f.contents), PRETTIER_OPTIONS);
    return emitted.map((f) => (index.has(f) ? { ...f, contents: done[index.get(f)!]! } : f));
  });
  const sources = [...runtime, ...formatted];
  const hasZod = sources.some((f) => f.path === 'src/zod/index.ts');
  const meta: GeneratedFile[] = [
    { path: 'package.json', contents: packageJson(settings, { zod: hasZod, subpaths: additions.entries, optionalPeers: additions.optionalPeers, dist: build }) },
    { path: 'tsconfig.json', contents: packageTsconfig() },
    { path: 'README.md', contents: render('package/README.md', settings) },
    { path: 'api.md', contents: render('package/api.md', settings) },
  ];
  const building = settled(build ? time('build', () => buildPackage(sources, outDir)) : Promise.resolve([]));
  const [checked, builtResult] = [await checking, await building];
  if ('error' in checked) throw checked.error;
  if ('error' in builtResult) throw builtResult.error;
  const built = builtResult.value;
  const all = new Map<string, GeneratedFile>();
  for (const f of [...meta, ...sources, ...built]) all.set(f.path, { path: f.path, contents: f.contents });
  return [...all.values()].sort((a, b) => compareStrings(a.path, b.path));
}

/** A promise that never rejects (so one still running while another step fails is never unhandled). */
function settled<T>(p: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  return p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}
