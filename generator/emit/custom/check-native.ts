import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { CHECK_OPTIONS, foldersOf, type CheckInput, type FoundProblem } from './check-input.js';
import { packageFor } from './packages.js';

/**
 * The few members of TypeScript 7's `unstable/async` API this check uses, written here so the
 * rest of the generator does not type-check against an unstable surface (pinned in package.json).
 */
interface NativeDiagnostic {
  readonly fileName?: string;
  readonly pos: number;
  readonly code: number;
  readonly text: string;
  readonly messageChain?: readonly NativeDiagnostic[];
  readonly relatedInformation?: readonly NativeDiagnostic[];
}
interface NativeProgram {
  getSyntacticDiagnostics(file: string): Promise<readonly NativeDiagnostic[]>;
  getSemanticDiagnostics(file: string): Promise<readonly NativeDiagnostic[]>;
  getDeclarationDiagnostics(file: string): Promise<readonly NativeDiagnostic[]>;
}
interface NativeSnapshot {
  getProject(configFileName: string): { program: NativeProgram } | undefined;
}
interface NativeFileSystem {
  readFile(path: string): string | null | undefined;
  fileExists(path: string): boolean | undefined;
  directoryExists(path: string): boolean | undefined;
  getAccessibleEntries(path: string): { files: string[]; directories: string[] } | undefined;
  realpath(path: string): string | undefined;
}
interface NativeApi {
  updateSnapshot(params: { openProjects: string[] }): Promise<NativeSnapshot>;
  close(): Promise<void>;
}
type NativeModule = {
  API: new (options: { cwd: string; fs: NativeFileSystem }) => NativeApi;
  version: string;
};

const require = createRequire(import.meta.url);

/**
 * The native compiler's API, or undefined when it cannot run here (a platform without its binary,
 * an install that skipped optional packages): the caller falls back to TypeScript's JS checker.
 */
export async function loadNative(): Promise<NativeModule | undefined> {
  try {
    const entry = require.resolve('typescript-7/unstable/async');
    const binary = require.resolve(
      `@typescript/typescript-${process.platform}-${process.arch}/package.json`,
      { paths: [entry] },
    );
    if (!existsSync(dirname(binary))) return undefined;
    const { version } = require('typescript-7/package.json') as { version: string };
    const { API } = (await import(entry)) as Pick<NativeModule, 'API'>;
    return { API, version };
  } catch {
    return undefined;
  }
}

/**
 * Type-checks the custom modules with TypeScript 7 (a Go process, several threads), serving the
 * package's sources from memory through the API's file-system callbacks: under `root + 'src/'`
 * only the sources in memory exist; a bare import the package's folder cannot resolve (`zod`, for
 * a package generated outside any `node_modules` tree) is answered from sdkgen's own dependencies,
 * mounted under `root + 'node_modules/'`; everything else is the real file system.
 */
export async function checkNative(native: NativeModule, input: CheckInput): Promise<FoundProblem[]> {
  const { root, texts, roots } = input;
  const config = `${root}tsconfig.sdkgen-check.json`;
  const files = new Map(texts);
  // With two cores or fewer this process formats and builds on one of them meanwhile, so the
  // checker's own threads would only add overhead (~0.2 s CPU on OpenAI, measured).
  const singleThreaded = availableParallelism() <= 2;
  files.set(config, JSON.stringify({ compilerOptions: { ...CHECK_OPTIONS, singleThreaded }, files: roots }));
  const src = `${root}src/`;
  const dirs = foldersOf(files.keys());
  const mount = mountedPackages(root);
  const fs: NativeFileSystem = {
    readFile: (p) => files.get(p) ?? (p.startsWith(src) ? null : mount.readFile(p)),
    fileExists: (p) => files.has(p) || (p.startsWith(src) ? false : mount.exists(p)),
    directoryExists: (p) => dirs.has(p.replace(/\/+$/, '')) || (p.startsWith(src) ? false : mount.exists(p)),
    getAccessibleEntries: (p) => (p.startsWith(src) ? entriesOf(files, p) : mount.entries(p)),
    realpath: (p) => (files.has(p) ? p : mount.realpath(p)),
  };
  const api = new native.API({ cwd: root, fs });
  try {
    const snapshot = await api.updateSnapshot({ openProjects: [config] });
    const program = snapshot.getProject(config)?.program;
    if (!program) throw new Error(`TypeScript 7 did not open ${config}`);
    const found = await Promise.all(
      roots.map(async (file) => {
        const [syntax, semantic] = await Promise.all([
          program.getSyntacticDiagnostics(file),
          program.getSemanticDiagnostics(file),
        ]);
        const list = [...syntax, ...semantic];
        if (list.length === 0) list.push(...(await program.getDeclarationDiagnostics(file)));
        return list.map((d): FoundProblem => {
          const related = d.relatedInformation?.find((r) => r.fileName === file);
          const hint = related && { pos: related.pos, message: flatten(related) };
          return { file, pos: d.pos, code: d.code, message: flatten(d), ...(hint && { hint }) };
        });
      }),
    );
    return found.flat();
  } finally {
    await api.close();
  }
}

function flatten(d: NativeDiagnostic): string {
  return [d.text, ...(d.messageChain ?? []).map(flatten)].join(' ');
}

/** The files and folders directly under `dir` among the sources in memory. */
function entriesOf(files: Map<string, string>, dir: string): { files: string[]; directories: string[] } {
  const prefix = dir.replace(/\/+$/, '') + '/';
  const out = { files: new Set<string>(), directories: new Set<string>() };
  for (const p of files.keys()) {
    if (!p.startsWith(prefix)) continue;
    const [head, ...rest] = p.slice(prefix.length).split('/');
    (rest.length > 0 ? out.directories : out.files).add(head!);
  }
  return { files: [...out.files], directories: [...out.directories] };
}

/**
 * `root/node_modules/<name>/…` answered from the folder sdkgen itself resolves `<name>` from, for
 * each name neither `root` nor a folder above it has in a `node_modules` (so a user's own copy
 * always wins). Undefined answers fall through to the real file system.
 */
function mountedPackages(root: string) {
  const base = `${root}node_modules/`;
  const decided = new Map<string, string | undefined>();
  const target = (p: string): string | undefined => {
    if (!p.startsWith(base)) return undefined;
    const parts = p.slice(base.length).split('/');
    const name = parts[0]!.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    if (!decided.has(name)) {
      const found = packageFor(root, name);
      decided.set(name, found && !found.fromUser ? found.dir : undefined);
    }
    const dir = decided.get(name);
    return dir === undefined ? undefined : join(dir, p.slice(base.length + name.length));
  };
  return {
    readFile: (p: string): string | null | undefined => {
      const t = target(p);
      return t === undefined ? undefined : existsSync(t) ? readFileSync(t, 'utf8') : null;
    },
    exists: (p: string): boolean | undefined => {
      if (p.replace(/\/+$/, '') === base.slice(0, -1)) return true; // the mount point
      const t = target(p);
      return t === undefined ? undefined : existsSync(t);
    },
    entries: (p: string) => {
      const t = target(p);
      if (t === undefined || !existsSync(t)) return undefined;
      const list = readdirSync(t, { withFileTypes: true });
      return {
        files: list.filter((e) => !e.isDirectory()).map((e) => e.name),
        directories: list.filter((e) => e.isDirectory()).map((e) => e.name),
      };
    },
    realpath: (p: string): string | undefined => (target(p) === undefined ? undefined : p),
  };
}
