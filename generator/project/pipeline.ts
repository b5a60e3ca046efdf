import { annotate } from '../annotate/index.js';
import { registerLocator } from '../config/errors.js';
import { loadSdkConfig } from '../config/load.js';
import type { SdkConfig } from '../config/types.js';
import { modulesOf } from '../emit/custom/index.js';
import { extraEmitters } from '../emit/extra-emitters.js';
import { emitPackage } from '../emit/pipeline.js';
import { settingsFrom } from '../emit/settings.js';
import type { GeneratedFile } from '../emit/types.js';
import { SdkgenError } from '../errors.js';
import type { Diagnostic, IRDocument } from '../ir/types.js';
import { loadSpec } from '../load/index.js';
import { parseSpec } from '../parse/index.js';
import type { ResolvedInput } from './input.js';
import { inlineSdkLocator } from './load.js';
import { silent, type Progress } from './progress.js';
import { customPackages, hashFolder, type Hashes } from './run-cache.js';
import type { ResolvedProject } from './types.js';

/** The SDK config of a project: its `*.sdk.yaml`, or its inline options (client name derived when absent). */
export async function sdkConfigOf(p: ResolvedProject, ir: IRDocument): Promise<SdkConfig | undefined> {
  let config: SdkConfig | undefined;
  if (typeof p.sdk === 'string') config = await loadSdkConfig(p.sdk);
  else if (p.sdk) {
    const client = { name: settingsFrom(ir).clientName, ...p.sdk.client };
    config = { ...p.sdk, client, ...(p.configFile ? { file: p.configFile } : {}) };
    const locate = inlineSdkLocator(p.sdk);
    if (locate) registerLocator(config, locate);
  }
  if (config && p.name) config.client.packageName = p.name;
  return config;
}

/** The package in memory, and what it was made from. */
export interface Generated {
  files: GeneratedFile[];
  warnings: Diagnostic[];
  /** Every spec file read (entry first, then external `$ref` targets) with its sha256. */
  specFiles: { path: string; sha256: string }[];
  /** The custom-code folder and its files' hashes, taken before the emitters read them. */
  custom?: { dir: string; files: Hashes; packages: [string, string, string][] };
}

/**
 * The stages of one generation, from the resolved spec to the package's files in memory: load →
 * parse → SDK config → annotate → emit/format/build. Strict: warnings fail it before emitting.
 */
export async function generateFiles(
  p: ResolvedProject,
  input: ResolvedInput,
  options: { strict: boolean; sourcesOnly: boolean; progress?: Progress },
): Promise<Generated> {
  const { time, note } = options.progress ?? silent;
  const { strict, sourcesOnly } = options;
  const loaded = await time('load', () => loadSpec(input.path, strict ? { strict } : {}));
  const parsed = await time('parse', () => parseSpec(loaded, strict ? { strict } : {}));
  const config = p.sdk === undefined ? undefined : await time('config', () => sdkConfigOf(p, parsed));
  note(`${parsed.operations.length} operations, ${Object.keys(parsed.schemas).length} schemas`);
  const ir = await time('annotate', () => annotate(parsed, config));
  const warnings = ir.diagnostics.filter((d) => d.level === 'warning');
  // Strict: config and annotate warnings are errors (load and parse fail on their own), nothing is emitted.
  if (strict && warnings.length > 0)
    throw new SdkgenError(warnings.map((d) => ({ ...d, level: 'error' as const })));
  const settings = settingsFrom(ir, config);
  if (p.name) settings.packageName = p.name;
  const custom = settings.custom
    ? {
        dir: settings.custom.dir,
        files: hashFolder(settings.custom.dir),
        packages: customPackages(p.output, modulesOf(settings.custom)),
      }
    : undefined;
  note(`${ir.operations.length} operations`);
  const files = await emitPackage(ir, settings, {
    extra: await extraEmitters(),
    time,
    outDir: p.output,
    build: !sourcesOnly,
  });
  const specFiles = loaded.files ?? [{ path: loaded.file, sha256: loaded.sha256 }];
  return { files, warnings, specFiles, ...(custom ? { custom } : {}) };
}
