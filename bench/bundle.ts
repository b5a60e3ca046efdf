import { join } from 'node:path';
import type { BenchRow } from '../generator/commands/bench.js';
import { annotate } from '../generator/annotate/index.js';
import { loadSdkConfig } from '../generator/config/load.js';
import { extraEmitters } from '../generator/emit/extra-emitters.js';
import { writePackage } from '../generator/emit/package/write.js';
import { emitPackage } from '../generator/emit/pipeline.js';
import { settingsFrom } from '../generator/emit/settings.js';
import { loadSpec } from '../generator/load/index.js';
import { parseSpec } from '../generator/parse/index.js';
import { bundleForBrowser } from '../tests/runtimes/helpers/bundle.js';

const ROOT = join(import.meta.dirname, '..');
const SPEC = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml');
const PKG = join(ROOT, '.tmp', 'bench-bundle', 'openai');

/** The same app for both packages: one client, one call (`models.list()`), in a browser. */
const app = (from: string, extra = '', options = ''): string =>
  `import OpenAI from ${JSON.stringify(from)};\n${extra}` +
  `const client = new OpenAI({ apiKey: 'k', dangerouslyAllowBrowser: true${options} });\n` +
  `const page = await client.models.list();\nconsole.log(page.data.length);\n`;

/**
 * Browser bundle size of "one client + one call" (esbuild: ESM, minified, tree-shaken; gzip
 * level 9), the generated OpenAI package (generated from this tree) next to the official
 * `openai` package for the same code. Goal: no larger, minified and gzip. The opt-in validators
 * are shown too, ours only: what an app pays when it passes them.
 */
export async function benchBundle(): Promise<{ name: string; rows: BenchRow[] }> {
  const config = await loadSdkConfig(join(ROOT, 'spec', 'openai.sdk.yaml'));
  const ir = annotate(parseSpec(await loadSpec(SPEC)), config);
  await writePackage(
    PKG,
    await emitPackage(ir, settingsFrom(ir, config), { extra: await extraEmitters(), outDir: PKG }),
  );
  const ours = await bundleForBrowser(app(join(PKG, 'dist', 'esm', 'index.js')), ROOT);
  const official = await bundleForBrowser(app('openai'), ROOT);
  const zod = join(PKG, 'dist', 'esm', 'zod', 'index.js');
  const validated = await bundleForBrowser(
    app(
      join(PKG, 'dist', 'esm', 'index.js'),
      `import { validators } from ${JSON.stringify(zod)};\n`,
      ", validate: 'strict', validators",
    ),
    ROOT,
  );
  const kb = (n: number) => n / 1024;
  return {
    name: 'bundle',
    rows: [
      {
        name: 'one client + models.list(), minified',
        ours: kb(ours.bytes),
        peer: kb(official.bytes),
        peerName: 'openai (official)',
        unit: 'KB',
        better: 'lower',
        goal: '≤ 1.0',
      },
      {
        name: 'one client + models.list(), gzip',
        ours: kb(ours.gzipBytes),
        peer: kb(official.gzipBytes),
        peerName: 'openai (official)',
        unit: 'KB',
        better: 'lower',
        goal: '≤ 1.0',
      },
      {
        name: '  + validate with the zod validators, minified',
        ours: kb(validated.bytes),
        unit: 'KB',
        better: 'lower',
        goal: 'opt-in',
      },
      {
        name: '  + validate with the zod validators, gzip',
        ours: kb(validated.gzipBytes),
        unit: 'KB',
        better: 'lower',
        goal: 'opt-in',
      },
    ],
  };
}
