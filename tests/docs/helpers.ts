import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import type { SdkConfig } from '../../generator/config/types.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import type { GeneratedFile, SdkSettings } from '../../generator/emit/types.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A fixture spec: `docs/<name>` or `emit/<name>` under `tests/fixtures`, with an optional SDK config beside it. */
export interface DocsFixture {
  spec: string;
  config?: string;
}

export interface BuiltPackage {
  ir: IRDocument;
  settings: SdkSettings;
  files: GeneratedFile[];
}

/** The annotated IR of a fixture (JSON read with `JSON.parse`, so a `__proto__` key survives). */
export async function fixtureInput(fixture: DocsFixture): Promise<{ ir: IRDocument; settings: SdkSettings }> {
  const file = join(ROOT, 'tests', 'fixtures', fixture.spec);
  const config: SdkConfig | undefined = fixture.config ? await loadSdkConfig(join(ROOT, 'tests', 'fixtures', fixture.config)) : undefined;
  const parsed = file.endsWith('.json')
    ? parseSpec({ document: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, file, sha256: '', locate: () => ({ file }) })
    : parseSpec(await loadSpec(file));
  const ir = annotate(parsed, config);
  return { ir, settings: settingsFrom(ir, config) };
}

/** The whole package, as `sdkgen generate` builds it (every plugged-in emitter, docs included). */
export async function buildPackage(fixture: DocsFixture): Promise<BuiltPackage> {
  const { ir, settings } = await fixtureInput(fixture);
  const files = await emitPackage(ir, settings, { extra: await extraEmitters(), outDir: join(tmpdir(), 'sdkgen-docs') });
  return { ir, settings, files };
}
