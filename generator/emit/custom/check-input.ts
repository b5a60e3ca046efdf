import { posix } from 'node:path';

/**
 * What a custom-code checker is given and gives back, and the compiler options both checkers use:
 * the generated package's (strict, ESM with bundler resolution) plus `isolatedDeclarations`, since
 * custom modules are built like generated ones, declarations per file.
 */
export const CHECK_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  types: [] as string[],
  strict: true,
  skipLibCheck: true,
  isolatedModules: true,
  declaration: true,
  isolatedDeclarations: true,
  noEmit: true,
};

/** Every folder above the files (`/a/b/c.ts` → `/a/b`, `/a`), for a checker's `directoryExists` over sources held in memory. */
export function foldersOf(files: Iterable<string>): Set<string> {
  const dirs = new Set<string>();
  for (const p of files)
    for (let d = posix.dirname(p); d.length > 1 && !dirs.has(d); d = posix.dirname(d)) dirs.add(d);
  return dirs;
}

export interface CheckInput {
  /** Where the package will live, with a trailing `/`: bare imports resolve from there. */
  root: string;
  /** Absolute path → text of every source of the package (generated, runtime and custom). */
  texts: Map<string, string>;
  /** The custom modules to check (absolute paths, keys of `texts`). */
  roots: string[];
}

/**
 * One problem in a custom module: `pos` is an offset into that module's text, when known; `hint`
 * is TypeScript's first related information in the same module ("Add a return type to the method").
 */
export interface FoundProblem {
  file: string;
  pos?: number;
  code: number;
  message: string;
  hint?: { pos: number; message: string };
}
