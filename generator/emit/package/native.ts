import { stop as esbuildStop, transform as esbuildTransform, version as esbuildVersion } from 'esbuild';
import { createRequire } from 'node:module';
import { transformSync, type OxcError } from 'oxc-transform';
import { SdkgenError } from '../../errors.js';
import type { GeneratedFile } from '../types.js';

const CJS_EMPTY = '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n';
const ESM_EMPTY = 'export {};\n';

/** The tools' versions, for cache keys: a new transformer is a different build. */
export const nativeVersions = (): string =>
  `oxc-transform@${(createRequire(import.meta.url)('oxc-transform/package.json') as { version: string }).version} esbuild@${esbuildVersion}`;

/** What one module builds to; `dts` is undefined when the module is not `isolatedDeclarations`-clean. */
export interface NativeModule {
  esm: string;
  cjs: string;
  dts: string | undefined;
}

/** TS9xxx: the declaration needs a type the file does not write (a checker could infer it). */
const isDeclarationError = (e: OxcError): boolean => /^TS90\d\d\b/.test(e.message);

function syntaxError(file: GeneratedFile, e: OxcError): SdkgenError {
  const at = e.labels?.[0]?.start;
  const line = at === undefined ? undefined : file.contents.slice(0, at).split('\n').length;
  return new SdkgenError({
    level: 'error',
    stage: 'emit',
    message: `${file.path}${line ? `:${line}` : ''}: generated module does not parse: ${e.message}`,
    expected: 'valid TypeScript from every emitter',
  });
}

/**
 * ESM JavaScript and the declaration of every module in one pass of oxc's transformer (no type
 * checker: our sources are written to the `isolatedDeclarations` standard), then CommonJS from
 * that ESM with esbuild (its service runs the files in parallel, off the main thread). Types-only
 * modules are their own declaration and an empty module. A syntax error is an `SdkgenError`.
 */
export async function nativeBuild(files: GeneratedFile[]): Promise<Map<string, NativeModule>> {
  const esm = new Map<string, { js: string; dts: string | undefined }>();
  for (const file of files) {
    if (file.typesOnly) continue;
    const r = transformSync(file.path, file.contents, {
      lang: 'ts',
      sourceType: 'module',
      target: 'es2022',
      typescript: { declaration: { stripInternal: false } },
    });
    const fatal = r.errors.find((e) => !isDeclarationError(e));
    if (fatal) throw syntaxError(file, fatal);
    esm.set(file.path, { js: r.code, dts: r.errors.length > 0 ? undefined : r.declaration });
  }
  const cjs = await Promise.all(
    [...esm].map(([path, { js }]) =>
      esbuildTransform(js, {
        loader: 'js',
        format: 'cjs',
        platform: 'node',
        target: 'es2022',
        sourcefile: path,
        // `import()` becomes `require()`, as tsc's CommonJS does: a CommonJS package loads CommonJS.
        supported: { 'dynamic-import': false },
        logLevel: 'silent',
      }).then((r) => [path, r.code] as const),
    ),
  );
  // The service is a child process: stopped here, it ends (and is waited for) within this run.
  await esbuildStop();
  const cjsByPath = new Map(cjs);
  const out = new Map<string, NativeModule>();
  for (const file of files) {
    const built = esm.get(file.path);
    out.set(
      file.path,
      built
        ? { esm: built.js, cjs: cjsByPath.get(file.path)!, dts: built.dts }
        : { esm: ESM_EMPTY, cjs: CJS_EMPTY, dts: file.contents },
    );
  }
  return out;
}
