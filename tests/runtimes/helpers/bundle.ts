import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/** A browser bundle of one entry, as esbuild writes it: the code, its sizes and the modules it holds. */
export interface Bundle {
  code: string;
  /** Minified bytes (when `minify`), and the same gzipped (level 9). */
  bytes: number;
  gzipBytes: number;
  metafile: Metafile;
}

/**
 * Bundles `source` (an ESM entry resolved from `resolveDir`) for the browser: ESM, ES2022,
 * tree-shaken, minified by default. Node built-ins are not marked external, so importing one
 * fails the build; `nodeBuiltins` reports any the metafile still names.
 */
export async function bundleForBrowser(source: string, resolveDir: string, minify = true): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.text;
  const bytes = Buffer.byteLength(code);
  return { code, bytes, gzipBytes: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Node built-ins the bundle imports or holds (from the metafile's inputs and their imports). */
export function nodeBuiltins(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imp of input.imports)
      if (BUILTINS.has(imp.path) || imp.path.startsWith('node:')) found.add(imp.path);
  }
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports)
      if (BUILTINS.has(imp.path) || imp.path.startsWith('node:')) found.add(imp.path);
  }
  return [...found].sort();
}
