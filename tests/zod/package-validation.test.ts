import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { writePackage } from '../../generator/emit/package/write.js';
import { emitPackage } from '../../generator/emit/pipeline.js';
import { settingsFrom } from '../../generator/emit/settings.js';
import { loadIR, OPENAI_SPEC } from './helpers/emit-package.js';

// Outside tests/: the package carries its own generated *.test.ts files, which vitest must not pick up.
const OUTPUT = join(import.meta.dirname, '..', '..', '.tmp', 'zod-tests');
const DIR = join(OUTPUT, 'openai-package');

/** Runs a script next to the built package in a fresh Node that logs every zod module it resolves. */
function run(script: string): string {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(join(OUTPUT, 'hooks.mjs'), `export async function resolve(s, c, next) {\n  if (s === 'zod' || s.startsWith('zod/') || s.startsWith('./zod/')) console.log('LOADED ' + s);\n  return next(s, c);\n}\n`);
  writeFileSync(join(OUTPUT, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
  writeFileSync(join(OUTPUT, 'script.mjs'), script);
  return execFileSync(process.execPath, ['--import', './register.mjs', 'script.mjs'], { cwd: OUTPUT, encoding: 'utf8' });
}

const PRELUDE = `const { default: Client, ValidationError } = await import('./openai-package/dist/esm/index.js');
const bad = { object: 'list', data: [{ id: 'f', object: 'file', bytes: 'many', created_at: 1, filename: 'a', purpose: 'assistants', status: 'processed' }], has_more: false };
const fetch = async () => new Response(JSON.stringify(bad), { headers: { 'content-type': 'application/json' } });
`;

describe('the generated OpenAI package with validation', () => {
  beforeAll(async () => {
    const config = await loadSdkConfig(join(import.meta.dirname, '..', '..', 'spec', 'openai.sdk.yaml'));
    const ir = annotate(await loadIR(OPENAI_SPEC), config);
    const files = await emitPackage(ir, settingsFrom(ir, config), { extra: await extraEmitters(), outDir: DIR });
    await writePackage(DIR, files);
  }, 300_000);

  it('strict without validators: the constructor throws naming the import to add, and loads no zod', () => {
    const out = run(`${PRELUDE}try { new Client({ apiKey: 'k', fetch, validate: 'strict' }); console.log('no error'); } catch (e) { console.log(e.message); }\n`);
    expect(out).toContain("OpenAI: validate: 'strict' needs the validators option; pass `import { validators } from 'openai-sdkgen/zod'`");
    expect(out).not.toContain('LOADED');
  });

  it('never loads zod when validate is off (the default)', () => {
    const out = run(`${PRELUDE}const page = await new Client({ apiKey: 'k', fetch }).files.list();\nconsole.log('items ' + page.data.length);\n`);
    expect(out).toContain('items 1');
    expect(out).not.toContain('LOADED');
  });

  it("strict with the zod entry's validators: files.list() rejects with ValidationError naming listFiles, the JSON path and what was expected", () => {
    const out = run(`${PRELUDE}const { validators } = await import('./openai-package/dist/esm/zod/index.js');
try { await new Client({ apiKey: 'k', fetch, validate: 'strict', validators }).files.list(); console.log('no error'); }
catch (e) { console.log((e instanceof ValidationError) + ' ' + JSON.stringify(e.issues[0])); }\n`);
    expect(out).toContain('LOADED zod');
    expect(out).toMatch(/true \{"operation":"listFiles","kind":"response","path":"\$\.data\[0\]\.bytes","message":"Invalid input: expected number, received string","expected":"number"\}/);
  });
});
