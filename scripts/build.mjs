#!/usr/bin/env node
// Builds the published form of sdkgen into dist/: every generator/X.ts becomes dist/X.js (esbuild,
// one file each, no bundling: dist/ mirrors generator/ so generator/paths.ts finds templates/,
// bin/ and the diff load worker (diff/load-worker.mjs) from either, and `sdkgen --help` loads two small modules), plus
// dist/X.d.ts for the programmatic API (tsc --emitDeclarationOnly). Run by `prepare` (npm install
// in this repository, npm pack, npm publish).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const src = join(root, 'generator');
const out = join(root, 'dist');

/** Every file under `dir`, as paths relative to it. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const started = process.cpuUsage();
const files = walk(src);
// dist/ is updated in place (a running sdkgen never sees it empty): outputs whose source is gone are removed.
const expected = new Set(
  files.flatMap((f) => (f.endsWith('.ts') ? [f.replace(/\.ts$/, '.js'), f.replace(/\.ts$/, '.d.ts')] : [f])),
);
if (existsSync(out)) for (const f of walk(out)) if (!expected.has(f)) rmSync(join(out, f));
// `npm install`/`npm ci` in this repository (prepare) must not fail on someone's work-in-progress
// syntax error: there the failure is reported and the install goes on (tests run the sources).
// `npm pack`/`npm publish` (and a direct run) fail, so a broken dist/ is never packed.
const lenient = ['install', 'ci', 'i'].includes(process.env.npm_command ?? '');
try {
  await build({
    entryPoints: files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(src, f)),
    outdir: out,
    outbase: src,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
} catch (error) {
  if (!lenient) throw error;
  const first = error.errors?.[0];
  const why = first?.location
    ? `${first.location.file}:${first.location.line}: ${first.text}`
    : error.message;
  console.error(`sdkgen build: dist/ not built (${why}); npm run build retries`);
  process.exit(0);
}
for (const f of files.filter((f) => f.endsWith('.mjs'))) {
  mkdirSync(dirname(join(out, f)), { recursive: true });
  copyFileSync(join(src, f), join(out, f));
}
if (!process.argv.includes('--no-dts')) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  // noCheck (tsconfig.build.json): declarations without a type check, 5 s CPU instead of 12 s;
  // npm test type-checks. Errors are reported but do not stop an install of this repository.
  try {
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (error) {
    console.error(`sdkgen build: tsc reported type errors (declarations emitted anyway):\n${error.stdout}`);
  }
  if (!existsSync(join(out, 'api.d.ts'))) throw new Error('sdkgen build: dist/api.d.ts was not emitted');
}
const used = process.cpuUsage(started);
if (!process.argv.includes('--quiet'))
  console.log(
    `sdkgen: built dist/ (${files.filter((f) => f.endsWith('.ts')).length} modules, cpu ${((used.user + used.system) / 1000).toFixed(0)} ms in this process)`,
  );
