import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from '../generator/commands/bench.js';
import { annotate } from '../generator/annotate/index.js';
import { loadSdkConfig } from '../generator/config/load.js';
import { extraEmitters } from '../generator/emit/extra-emitters.js';
import { writePackage } from '../generator/emit/package/write.js';
import { emitPackage } from '../generator/emit/pipeline.js';
import { settingsFrom } from '../generator/emit/settings.js';
import { loadSpec } from '../generator/load/index.js';
import { parseSpec } from '../generator/parse/index.js';
import { ajvOracle } from '../tests/zod/crosscheck/ajv.js';
import { normalize31 } from '../tests/zod/crosscheck/normalize.js';

const ROOT = join(import.meta.dirname, '..');
const SPEC = join(ROOT, '..', 'shared', 'specs', 'openai', 'openapi.yaml');
const WORK = join(ROOT, '.tmp', 'bench-zod');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** The operation whose response the consumers parse and the throughput run validates. */
const OPERATION = 'listFiles';
const ITEMS = 20_000;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Generates the OpenAI package (built: ESM/CJS + declarations) and a consumer that links it. */
async function setup(): Promise<{ pkgName: string; responseType: string; consumer: string; pkg: string }> {
  const loaded = await loadSpec(SPEC);
  const config = await loadSdkConfig(join(ROOT, 'spec', 'openai.sdk.yaml'));
  const ir = annotate(parseSpec(loaded), config);
  const settings = settingsFrom(ir, config);
  const pkg = join(WORK, 'pkg');
  rmSync(WORK, { recursive: true, force: true });
  await writePackage(pkg, await emitPackage(ir, settings, { extra: await extraEmitters(), outDir: pkg }));
  const op = ir.operations.find((o) => o.id === OPERATION)!;
  const ref = op.responses[0]?.contents[0]?.schema;
  const responseType = ref?.kind === 'ref' ? (ir.schemas[ref.name]?.typeName ?? ref.name) : 'never';
  const consumer = join(WORK, 'consumer');
  mkdirSync(join(consumer, 'node_modules'), { recursive: true });
  symlinkSync(pkg, join(consumer, 'node_modules', settings.packageName), 'dir');
  const options = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] };
  const body = `const text = '{"object":"list","data":[],"has_more":false}';`;
  writeFileSync(join(consumer, 'types-only.ts'), `import type { ${responseType} } from '${settings.packageName}';\n${body}\nconst page = JSON.parse(text) as ${responseType};\nexport const count: number = page.data.length;\n`);
  writeFileSync(join(consumer, 'with-zod.ts'), `import { ${responseType} } from '${settings.packageName}/zod';\n${body}\nconst page = ${responseType}.parse(JSON.parse(text));\nexport const count: number = page.data.length;\n`);
  for (const name of ['types-only', 'with-zod']) {
    writeFileSync(join(consumer, `${name}.json`), JSON.stringify({ compilerOptions: options, files: [`${name}.ts`] }));
  }
  writeFileSync(join(consumer, 'package.json'), '{ "type": "module", "private": true }\n');
  return { pkgName: settings.packageName, responseType, consumer, pkg };
}

/** `tsc -p` in a fresh process: median total seconds, peak memory (MB) and error count of 3 runs. */
function tsc(project: string): { seconds: number; memoryMB: number; errors: number } {
  const runs = [1, 2, 3].map(() => {
    const out = spawnSync(process.execPath, [TSC, '-p', project, '--extendedDiagnostics'], { encoding: 'utf8' }).stdout;
    const total = /Total time:\s+([\d.]+)s/.exec(out)?.[1];
    const memory = /Memory used:\s+(\d+)K/.exec(out)?.[1];
    if (!total || !memory) throw new Error(`tsc -p ${project} printed no diagnostics:\n${out.slice(0, 2000)}`);
    return { seconds: Number(total), memoryMB: Number(memory) / 1024, errors: (out.match(/error TS\d+/g) ?? []).length };
  });
  return { seconds: median(runs.map((r) => r.seconds)), memoryMB: median(runs.map((r) => r.memoryMB)), errors: Math.max(...runs.map((r) => r.errors)) };
}

/** Milliseconds to `import(specifier)` in a fresh Node process (median of 5). */
function importTime(cwd: string, specifier: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const runs = [1, 2, 3, 4, 5].map(() => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`import ${specifier} failed: ${r.stderr.slice(0, 1000)}`);
    return Number(r.stdout.trim());
  });
  return median(runs);
}

/** A large `listFiles` response: the spec's example item repeated `ITEMS` times. */
function largeResponse(): unknown {
  const item = { id: 'file-abc123', object: 'file', bytes: 175, created_at: 1613677385, expires_at: 1677614202, filename: 'salesOverview.pdf', purpose: 'assistants', status: 'processed' };
  const data = Array.from({ length: ITEMS }, (_, i) => ({ ...item, id: `file-${i}` }));
  return { object: 'list', data, first_id: 'file-0', last_id: `file-${ITEMS - 1}`, has_more: false };
}

/** Validations per second of `fn` on `value`, measured over at least ~1 s after a warm-up. */
function throughput(fn: (v: unknown) => boolean, value: unknown): { perSecond: number; valid: boolean } {
  const valid = fn(value);
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    fn(value);
    runs++;
  }
  return { perSecond: runs / ((performance.now() - start) / 1000), valid };
}

/**
 * The zod entry of the generated OpenAI package: tsc on a consumer that imports it and parses one
 * response vs the same consumer using only the types (goal < 2×, 0 errors), the import time of
 * `<pkg>/zod` vs the client entry, and validation throughput on a large response vs ajv.
 */
export async function benchZod(): Promise<{ name: string; rows: BenchRow[] }> {
  const { pkgName, consumer, pkg } = await setup();
  const typesOnly = tsc(join(consumer, 'types-only.json'));
  const withZod = tsc(join(consumer, 'with-zod.json'));
  const zodImport = importTime(consumer, `${pkgName}/zod`);
  const clientImport = importTime(consumer, pkgName);
  const zodAlone = importTime(ROOT, 'zod');

  const loaded = await loadSpec(SPEC);
  const { operations } = (await import(pathToFileURL(join(pkg, 'dist', 'esm', 'zod', 'operations.js')).href)) as {
    operations: Record<string, { response?: { safeParse(v: unknown): { success: boolean } } }>;
  };
  const value = largeResponse();
  const megabytes = JSON.stringify(value).length / 2 ** 20;
  const zodRun = throughput((v) => operations[OPERATION]!.response!.safeParse(v).success, value);
  const ajv = ajvOracle(normalize31(loaded.document).document as Record<string, unknown>);
  const pointer = `#/paths/~1files/get/responses/200/content/application~1json/schema`;
  const ajvRun = throughput((v) => ajv.validate(pointer, v).valid, value);
  const size = `${ITEMS} items, ${megabytes.toFixed(1)} MB`;
  return {
    name: 'zod',
    rows: [
      { name: 'tsc: consumer importing <pkg>/zod, parses one response', ours: withZod.seconds, peer: typesOnly.seconds, peerName: 'types-only consumer', unit: 's', better: 'lower', goal: '< 2×' },
      { name: `tsc errors in the zod consumer (types-only: ${typesOnly.errors})`, ours: withZod.errors, unit: 'errors', better: 'lower', goal: '0' },
      { name: 'tsc memory, zod consumer', ours: withZod.memoryMB, peer: typesOnly.memoryMB, peerName: 'types-only consumer', unit: 'MB', better: 'lower' },
      { name: 'import <pkg>/zod (fresh process)', ours: zodImport, peer: clientImport, peerName: 'import <pkg> (client)', unit: 'ms', better: 'lower' },
      { name: 'import zod itself (fresh process)', ours: zodAlone, unit: 'ms', better: 'lower' },
      { name: `validate ${OPERATION} response (${size}), valid: ${zodRun.valid}`, ours: zodRun.perSecond * megabytes, peer: ajvRun.perSecond * megabytes, peerName: `ajv (valid: ${ajvRun.valid})`, unit: 'MB/s', better: 'higher' },
    ],
  };
}
