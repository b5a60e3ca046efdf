import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, loadProjectConfig } from '../../generator/project/load.js';
import { configFolders } from './helpers.js';

const { folder } = configFolders();

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
