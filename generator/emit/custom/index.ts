import type { IRDocument } from '../../ir/types.js';
import type { SdkAdditions } from '../extras/additions.js';
import { resourceTree, walk } from '../sdk/resource-tree.js';
import type { Emitter, EmitInput, GeneratedFile } from '../types.js';
import { checkCustomModules } from './check.js';
import {
  copiedHeader,
  customError,
  packagePath,
  readMarkdown,
  readModules,
  requireModule,
  type CustomModule,
  type CustomSettings,
} from './modules.js';
import { checkRootImports } from './root-imports.js';

export type { CustomSettings } from './modules.js';

/** `module#Class` of `custom.resources`. */
function splitTarget(target: string): { module: string; name: string } {
  const at = target.lastIndexOf('#');
  return { module: target.slice(0, at), name: target.slice(at + 1) };
}

/** Modules read once per emit: `additions`, `emit` and `check` of one run see the same text. */
const cache = new WeakMap<CustomSettings, CustomModule[]>();
export function modulesOf(custom: CustomSettings): CustomModule[] {
  let modules = cache.get(custom);
  if (!modules) cache.set(custom, (modules = readModules(custom)));
  return modules;
}

/** Resource paths of the spec's client (`chat.completions`), for checking `custom.resources`. */
function resourcePaths(ir: IRDocument): Set<string> {
  return new Set(walk(resourceTree(ir.operations)).map((n) => n.propertyPath));
}

/**
 * What the custom code adds: subpath exports, root re-exports, resource subclasses and docs.
 * Every module the config names must exist, and every resource path must be one of the spec's.
 */
function customAdditions(ir: IRDocument, custom: CustomSettings): SdkAdditions {
  const modules = modulesOf(custom);
  const entries: Record<string, string> = {};
  for (const [subpath, module] of Object.entries(custom.exports ?? {})) {
    requireModule(custom, modules, module, ['exports', subpath]);
    entries[subpath] = `lib/${module}`;
  }
  const resourceClasses: Record<string, { module: string; name: string }> = {};
  const known = Object.keys(custom.resources ?? {}).length ? resourcePaths(ir) : new Set<string>();
  for (const [path, target] of Object.entries(custom.resources ?? {})) {
    const { module, name } = splitTarget(target);
    if (!known.has(path)) {
      const some = [...known].slice(0, 12).map((p) => `"${p}"`);
      throw customError(
        custom,
        ['resources', path],
        `"${path}" is not a resource of the client for this spec`,
        `one of ${some.join(', ')}`,
      );
    }
    requireModule(custom, modules, module, ['resources', path]);
    resourceClasses[path] = { module: `lib/${module}`, name };
  }
  const indexExports: string[] = [];
  if (custom.index !== undefined) {
    requireModule(custom, modules, custom.index, ['index']);
    indexExports.push(`export * from './lib/${custom.index}.js';`);
  }
  const readme = readMarkdown(custom, 'readme');
  const api = readMarkdown(custom, 'api');
  return { entries, resourceClasses, indexExports, readme: readme ? [readme] : [], api: api ? [api] : [] };
}

/**
 * Custom code of an SDK config (`custom:`): hand-written modules under `custom.dir`, copied to
 * `src/lib/` and built like generated sources, exported at subpaths, re-exported from the root,
 * and used in place of generated resource classes they extend. Before the build, they are
 * type-checked against the rest of the package; an error stops generation before anything is
 * written. Does nothing for a config without `custom:`.
 */
export const customEmitter = {
  name: 'custom',
  additions: ({ ir, settings }: EmitInput): SdkAdditions =>
    settings.custom ? customAdditions(ir, settings.custom) : {},
  emit: ({ settings }: EmitInput): GeneratedFile[] => {
    const custom = settings.custom;
    if (!custom) return [];
    return modulesOf(custom).map((m) => ({
      path: packagePath(m.rel),
      contents: copiedHeader(custom, m) + m.text,
    }));
  },
  check: async (
    sources: GeneratedFile[],
    { settings, outDir }: EmitInput & { outDir: string },
  ): Promise<void> => {
    const custom = settings.custom;
    if (!custom) return;
    const modules = modulesOf(custom);
    const rootModules = [
      ...(custom.index !== undefined ? [custom.index] : []),
      ...Object.values(custom.resources ?? {}).map((t) => splitTarget(t).module),
    ];
    checkRootImports(modules, rootModules);
    await checkCustomModules(sources, modules, outDir);
  },
} satisfies Emitter;
