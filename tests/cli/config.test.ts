import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SdkgenError } from '../../generator/errors.js';
import { findConfigFile, loadProjectConfig } from '../../generator/project/load.js';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;
let n = 0;

/** A fresh folder under .tmp (inside the repo, so a .ts config's `import 'sdkgen'`-free code runs as is). */
function folder(files: Record<string, string>): string {
  const d = join(dir, String(n++));
  mkdirSync(d, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

async function problem(file: string): Promise<SdkgenError['diagnostics'][number]> {
  const error = await loadProjectConfig(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SdkgenError);
  return (error as SdkgenError).diagnostics[0]!;
}

beforeAll(() => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(ROOT, '.tmp', 'cli-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = { input: './api.yaml', output: './sdk', name: '@acme/api', sdk: { client: { name: 'Acme' } } };

describe('config discovery', () => {
  it.each([
    ['no config', {}, undefined],
    ['a yaml config', { 'sdkgen.config.yaml': 'x' }, 'sdkgen.config.yaml'],
    ['a ts config', { 'sdkgen.config.ts': 'x', 'other.yaml': 'x' }, 'sdkgen.config.ts'],
    ['a json config', { 'sdkgen.config.json': '{}' }, 'sdkgen.config.json'],
  ])('given %s, finds %s', (_what, files, want) => {
    const d = folder(files);
    expect(findConfigFile(d)).toBe(want === undefined ? undefined : join(d, want));
  });

  it('refuses two config files, naming both', () => {
    const d = folder({ 'sdkgen.config.ts': '', 'sdkgen.config.yaml': '' });
    expect(() => findConfigFile(d)).toThrow(
      /more than one config file: sdkgen\.config\.ts, sdkgen\.config\.yaml/,
    );
  });
});

describe('config formats', () => {
  const body = JSON.stringify(entry);
  it.each([
    [
      'sdkgen.config.yaml',
      `input: ./api.yaml\noutput: ./sdk\nname: "@acme/api"\nsdk:\n  client: { name: Acme }\n`,
    ],
    ['sdkgen.config.json', body],
    ['sdkgen.config.mjs', `export default ${body};`],
    ['sdkgen.config.js', `export default async () => (${body});`],
    [
      'sdkgen.config.ts',
      `interface C { input: string }\nconst c: C & Record<string, unknown> = ${body};\nexport default c;`,
    ],
    [
      'sdkgen.config.mts',
      `import type {} from 'node:fs';\nexport default ${body} satisfies { input: string };`,
    ],
  ])('%s gives the same entry, paths resolved against its folder', async (name, text) => {
    const d = folder({ [name]: text });
    expect(await loadProjectConfig(join(d, name))).toEqual([
      {
        input: join(d, 'api.yaml'),
        output: join(d, 'sdk'),
        name: '@acme/api',
        sdk: { client: { name: 'Acme' } },
        strict: false,
        sourcesOnly: false,
        configFile: join(d, name),
        pointer: '#',
      },
    ]);
  });

  it('keeps a URL input, resolves an sdk path, and reads a list of SDKs', async () => {
    const d = folder({
      'sdkgen.config.yaml':
        '- { input: "https://x.test/a.yaml", output: a, sdk: a.sdk.yaml, id: a }\n- { input: b.yaml, output: b, sourcesOnly: true, strict: true }\n',
    });
    const [a, b] = await loadProjectConfig(join(d, 'sdkgen.config.yaml'));
    expect(a).toMatchObject({
      input: 'https://x.test/a.yaml',
      sdk: join(d, 'a.sdk.yaml'),
      id: 'a',
      pointer: '#/0',
    });
    expect(b).toMatchObject({
      input: join(d, 'b.yaml'),
      output: join(d, 'b'),
      sourcesOnly: true,
      strict: true,
      pointer: '#/1',
    });
  });
});

describe('config errors name the file, line, key and what is allowed', () => {
  it.each([
    [
      'an unknown key',
      'input: a.yaml\noutput: o\nouptut: p\n',
      3,
      '#/ouptut',
      /unknown key "ouptut"/,
      /one of .*input.*output.*name/,
    ],
    [
      'a wrong type',
      'input: a.yaml\noutput: [o]\n',
      2,
      '#/output',
      /expected a string, got/,
      /a folder path/,
    ],
    ['a missing input', 'output: o\n', 1, '#', /missing required key "input"/, /"input"/],
    [
      'a bad package name',
      'input: a.yaml\noutput: o\nname: Not A Name\n',
      3,
      '#/name',
      /is not an npm package name/,
      /npm package name/,
    ],
    [
      'a bad sha256',
      'input: a.yaml\noutput: o\nsha256: xyz\n',
      3,
      '#/sha256',
      /"xyz" is not 64/,
      /hex digits/,
    ],
    [
      'an unknown inline SDK key',
      'input: a.yaml\noutput: o\nsdk:\n  clinet: {}\n',
      4,
      '#/sdk/clinet',
      /unknown key "clinet"/,
      /client/,
    ],
    [
      'an sdk of the wrong type',
      'input: a.yaml\noutput: o\nsdk: 3\n',
      3,
      '#/sdk',
      /expected a path or a mapping/,
      /\*\.sdk\.yaml/,
    ],
    [
      'an entry of a list',
      '- input: a.yaml\n  output: o\n- input: b.yaml\n  strict: "yes"\n  output: p\n',
      4,
      '#/1/strict',
      /expected true or false/,
      /true or false/,
    ],
    ['an empty list', '[]\n', 1, '#', /list of SDKs is empty/, /at least one/],
    [
      'a duplicate id',
      '- { id: a, input: x, output: o }\n- { id: a, input: y, output: p }\n',
      1,
      '#',
      /id "a" is used twice/,
      /different id/,
    ],
    ['malformed YAML', 'input: [a\n', 2, undefined, /invalid YAML/, /mapping/],
  ])('%s', async (_what, text, line, pointer, message, expected) => {
    const d = folder({ 'sdkgen.config.yaml': text });
    const p = await problem(join(d, 'sdkgen.config.yaml'));
    expect(p).toMatchObject({ level: 'error', stage: 'config', file: join(d, 'sdkgen.config.yaml'), line });
    expect(p.pointer).toBe(pointer);
    expect(p.message).toMatch(message);
    expect(p.expected).toMatch(expected);
  });

  it.each([
    [
      'sdkgen.config.mjs',
      'export default { input: "a.yaml", output: "o", watch: true };',
      '#/watch',
      /unknown key "watch"/,
    ],
    [
      'sdkgen.config.ts',
      'export default [{ input: "a.yaml", output: 1 }];',
      '#/0/output',
      /expected a string/,
    ],
    ['sdkgen.config.ts', 'export default {;', undefined, /invalid TypeScript/],
    ['sdkgen.config.mjs', 'throw new Error("boom");', undefined, /cannot import the config: boom/],
    ['sdkgen.config.json', '{"input": "a.yaml",}', undefined, /invalid JSON/],
  ])('%s: %s', async (name, text, pointer, message) => {
    const d = folder({ [name]: text });
    const p = await problem(join(d, name));
    expect(p.file).toBe(join(d, name));
    expect(p.pointer).toBe(pointer);
    expect(p.message).toMatch(message);
  });
});
