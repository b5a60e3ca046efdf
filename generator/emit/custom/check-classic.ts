import { createRequire } from 'node:module';
import { join } from 'node:path';
import type ts from 'typescript';
import { PACKAGE_ROOT } from '../../paths.js';
import { CHECK_OPTIONS, foldersOf, type CheckInput, type FoundProblem } from './check-input.js';

/** TypeScript 5, loaded by the first check that needs it (~1 s CPU). */
let typescript: typeof ts | undefined;
const loadTypeScript = (): typeof ts =>
  (typescript ??= createRequire(import.meta.url)('typescript') as typeof ts);

/** The fallback's version, for cache keys. */
export const classicVersion = (): string => loadTypeScript().version;

/**
 * Type-checks the custom modules with TypeScript's JS compiler in this process, the fallback when
 * the native compiler cannot run here (`check-native.ts`): the package's sources are held in
 * memory under `root + 'src/'`; a bare import the package's folder cannot resolve (`zod`, for a
 * package generated outside any `node_modules` tree) is resolved from sdkgen's own folder.
 */
export function checkClassic(input: CheckInput): FoundProblem[] {
  const { root, texts, roots } = input;
  const tsc = loadTypeScript();
  const converted = tsc.convertCompilerOptionsFromJson(
    { ...CHECK_OPTIONS, lib: CHECK_OPTIONS.lib.map((l) => l.toLowerCase()) },
    root,
  );
  const options = converted.options;
  const host = tsc.createCompilerHost(options);
  const src = root + 'src/';
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const dirExists = host.directoryExists?.bind(host);
  // Under src/ only the sources in memory exist (an older package on disk must not answer).
  host.fileExists = (p) => texts.has(p) || (!p.startsWith(src) && fileExists(p));
  host.readFile = (p) => texts.get(p) ?? (p.startsWith(src) ? undefined : readFile(p));
  const dirs = foldersOf(texts.keys());
  host.directoryExists = (d) =>
    dirs.has(d.replace(/\/+$/, '')) || (!d.startsWith(src) && (dirExists ? dirExists(d) : true));
  host.getSourceFile = (p, lang) => {
    const text = texts.get(p);
    if (text !== undefined) return tsc.createSourceFile(p, text, lang, true);
    return p.startsWith(src) ? undefined : getSourceFile(p, lang);
  };
  const fallback = join(PACKAGE_ROOT, 'package.json');
  host.resolveModuleNames = (names, containing) =>
    names.map((name) => {
      const found = tsc.resolveModuleName(name, containing, options, host).resolvedModule;
      if (found || name.startsWith('.')) return found;
      return tsc.resolveModuleName(name, fallback, options, host).resolvedModule;
    });
  const program = tsc.createProgram({ rootNames: roots, options, host });
  const found: FoundProblem[] = [];
  for (const file of roots) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const list = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    if (list.length === 0) list.push(...program.getDeclarationDiagnostics(sf));
    for (const d of list) {
      const related = d.relatedInformation?.find((r) => r.file?.fileName === file && r.start !== undefined);
      const hint = related && {
        pos: related.start!,
        message: tsc.flattenDiagnosticMessageText(related.messageText, ' '),
      };
      found.push({
        file,
        pos: d.start,
        code: d.code,
        message: tsc.flattenDiagnosticMessageText(d.messageText, ' '),
        ...(hint && { hint }),
      });
    }
  }
  return found;
}
