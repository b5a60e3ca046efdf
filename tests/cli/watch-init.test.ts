import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInitArgs } from '../../generator/commands/init.js';
import { SdkgenError } from '../../generator/errors.js';
import { initProject } from '../../generator/project/init.js';
import { loadProjectConfig } from '../../generator/project/load.js';
import { progressTo } from '../../generator/project/progress.js';
import { helloSpec, sdkgen, startWatch, tempFolder } from './helpers.js';

const dir = tempFolder('cli-watch-');

describe('progress', () => {
  const capture = (tty: boolean) => {
    let text = '';
    const stream = { isTTY: tty, write: (s: string) => ((text += s), true) } as unknown as NodeJS.WriteStream;
    return { progress: progressTo(stream, tty), text: () => text };
  };
  it.each([
    [
      'a terminal: a live line with the count, erased, then the timed line',
      true,
      /^\r\x1b\[Kemit \(3 files\) … 0\.\d s\r\x1b\[Kemit +\d+ ms {2}\(cpu +\d+ ms\)\n$/,
    ],
    ['a pipe: only the timed line', false, /^emit +\d+ ms {2}\(cpu +\d+ ms\)\n$/],
  ])('on %s', async (_what, tty, want) => {
    const c = capture(tty);
    c.progress.note('3 files');
    expect(await c.progress.time('emit', () => 42)).toBe(42);
    expect(c.text()).toMatch(want);
  });
});

describe('sdkgen init', () => {
  it.each([
    ['yaml', 'sdkgen.config.yaml'],
    ['json', 'sdkgen.config.json'],
  ] as const)('writes a %s config that loads, after checking the spec', async (format, name) => {
    const d = mkdtempSync(join(dir(), 'init-'));
    writeFileSync(join(d, 'hello.yaml'), helloSpec());
    const { file, operations } = await initProject({ input: 'hello.yaml', dir: d, format });
    expect({ file, operations }).toEqual({ file: join(d, name), operations: 1 });
    expect(await loadProjectConfig(file)).toEqual([
      expect.objectContaining({
        input: join(d, 'hello.yaml'),
        output: join(d, 'sdk', 'hello'),
        name: 'hello',
      }),
    ]);
  });

  it('takes an http(s) URL: fetches it to check it loads, and writes the URL as the input', async () => {
    const server = createServer((_req, res) => res.end(helloSpec()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hello.yaml`;
      const d = mkdtempSync(join(dir(), 'init-'));
      const { file, operations } = await initProject({ input: url, dir: d, format: 'json' });
      expect(operations).toBe(1);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        input: url,
        output: './sdk/hello',
        name: 'hello',
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('writes a typed TypeScript config by default', async () => {
    const d = mkdtempSync(join(dir(), 'init-'));
    writeFileSync(join(d, 'hello.yaml'), helloSpec());
    const { file } = await initProject({
      input: 'hello.yaml',
      dir: d,
      name: '@acme/hello',
      output: 'client',
    });
    expect(readFileSync(file, 'utf8')).toMatch(
      /^import \{ defineConfig \} from 'sdkgen';\n\nexport default defineConfig\(\{\n {2}"input": ".\/hello.yaml",\n {2}"output": ".\/client",\n {2}"name": "@acme\/hello",/,
    );
  });

  it.each([
    ['a spec that does not load', 'openapi: 3.1.0\ninfo: {}\npaths: 3\n', false, /\[load\]|\[parse\]/],
    ['an existing config', helloSpec(), true, /a config file already exists/],
  ])('refuses %s, writing nothing', async (_what, spec, existing, want) => {
    const d = mkdtempSync(join(dir(), 'init-'));
    writeFileSync(join(d, 'hello.yaml'), spec);
    if (existing) writeFileSync(join(d, 'sdkgen.config.json'), '{}');
    const error = await initProject({ input: 'hello.yaml', dir: d, format: 'yaml' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkgenError);
    expect((error as SdkgenError).message).toMatch(want);
    expect(existsSync(join(d, 'sdkgen.config.yaml'))).toBe(false);
  });

  it.each([
    [['a.yaml', '--format', 'toml'], /unknown --format "toml"/],
    [[], /no spec given/],
    [['a.yaml', 'b.yaml'], /more than one spec/],
    [['a.yaml', '--bogus'], /unknown option "--bogus"/],
  ])('rejects the arguments %j', (args, want) => {
    expect(() => parseInitArgs(args)).toThrow(want);
  });
});

describe('sdkgen generate --watch', () => {
  it('regenerates on a spec or config change, keeps the last good output on a broken spec, and stops on SIGINT', async () => {
    const d = mkdtempSync(join(dir(), 'watch-'));
    const spec = join(d, 'hello.yaml');
    writeFileSync(spec, helloSpec());
    writeFileSync(join(d, 'sdkgen.config.yaml'), 'input: hello.yaml\noutput: sdk\nsourcesOnly: true\n');
    const watching = startWatch(d);
    const waitFor = (count: number) => watching.runs(count, 240_000);
    try {
      await waitFor(1);
      const client = join(d, 'sdk', 'src', 'client.ts');
      expect(readFileSync(client, 'utf8')).not.toContain('farewells');
      writeFileSync(spec, helloSpec(true));
      await waitFor(2);
      expect(readFileSync(client, 'utf8')).toContain('farewells');
      // A config change is picked up too: the next package goes to the new output.
      writeFileSync(join(d, 'sdkgen.config.yaml'), 'input: hello.yaml\noutput: sdk2\nsourcesOnly: true\n');
      await waitFor(3);
      const client2 = join(d, 'sdk2', 'src', 'client.ts');
      const good = readFileSync(client2, 'utf8');
      expect(good).toContain('farewells');
      writeFileSync(
        spec,
        'openapi: 3.1.0\ninfo: { title: x, version: "1" }\npaths:\n  /a:\n    get:\n      responses: { "200": { $ref: "#/nope" } }\n',
      );
      await waitFor(4);
      expect(watching.err()).toMatch(/error \[(load|parse)\]/);
      expect(watching.err()).toContain('generation failed: keeping the last good output in sdk2');
      expect(readFileSync(client2, 'utf8')).toBe(good);
      expect(await watching.stop()).toBe(0);
      expect(watching.out()).toMatch(/stopped watching\n$/);
    } finally {
      watching.kill();
    }
  }, 300_000);

  it('cannot be combined with --check', async () => {
    const r = await sdkgen(['generate', '--watch', '--check'], dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--check and --watch cannot be combined');
  }, 60_000);
});
