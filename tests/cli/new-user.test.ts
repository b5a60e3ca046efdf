import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, helloSpec, ROOT, snapshot } from './helpers.js';

/**
 * What a new user does: pack sdkgen, install the tarball into an empty project, write a config
 * (with `sdkgen init`), generate, install the generated package and call it by its name against a
 * local server; then `--check` fresh (0) and stale (1, output untouched); then the same through
 * the programmatic API. npm installs from its cache (--prefer-offline).
 */
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const OFFLINE = ['--prefer-offline', '--no-audit', '--no-fund'];
let dir: string;
let app: string;
let server: Server;
let url: string;
const seen: string[] = [];

async function ok(args: string[], cwd = app, file = NPM): Promise<string> {
  const r = await exec(file, args, cwd);
  if (r.code !== 0) throw new Error(`${file} ${args.join(' ')} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
const npx = (args: string[]) => exec(NPM, ['exec', '--no', '--', 'sdkgen', ...args], app);

beforeAll(async () => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(ROOT, '.tmp', 'cli-user-'));
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'user-app', version: '1.0.0', type: 'module', private: true }),
  );
  writeFileSync(join(app, 'hello.yaml'), helloSpec());
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ message: `hello ${decodeURIComponent(req.url!.split('/').pop()!)}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('a new user', () => {
  it('packs, installs, configures, generates, imports by name, calls, checks, and uses the API', async () => {
    // 1. The tarball: compiled JS, declarations, templates and any plain-JS module (workers); no sources, tests or specs.
    const packed = JSON.parse(await ok(['pack', '--json', '--pack-destination', dir, ...OFFLINE], ROOT)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const paths = packed[0]!.files.map((f) => f.path);
    const plainJs = readdirSync(join(ROOT, 'generator'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => `dist/${f}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'bin/sdkgen.mjs',
        'dist/api.js',
        'dist/api.d.ts',
        'dist/cli.js',
        'dist/paths.js',
        ...plainJs,
        'templates/runtime/CONTRACT.md',
        'package.json',
      ]),
    );
    expect(
      paths.filter((p) => /^(tests|spec|generator|bench|scripts)\/|\.test\.|sdkgen\.config/.test(p)),
    ).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');

    // 2. Install it and write a config.
    await ok(['install', '-D', join(dir, packed[0]!.filename), ...OFFLINE]);
    expect((await npx(['--version'])).stdout.trim()).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    );
    const init = await npx(['init', 'hello.yaml', '--name', '@acme/hello', '--output', 'sdk/hello']);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toContain('wrote sdkgen.config.ts (the spec loads: 1 operations)');

    // 3. Generate (not a terminal: one line per stage, then the summary).
    const generated = await npx(['generate']);
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/^generated \d+ files in sdk\/hello \(\d+ ms\)$/m);

    // 4. Install the generated package, import it by name, call the local server; type-check the consumer and the config.
    await ok(['install', './sdk/hello', ...OFFLINE]);
    writeFileSync(
      join(app, 'app.mjs'),
      "import Hello from '@acme/hello';\nconst client = new Hello({ baseURL: process.env.HELLO_URL, maxRetries: 0 });\nconsole.log(JSON.stringify(await client.greetings.retrieve('ada')));\n",
    );
    const called = await exec(process.execPath, ['app.mjs'], app, { HELLO_URL: url });
    expect(called).toMatchObject({ code: 0, stdout: '{"message":"hello ada"}\n' });
    expect(seen).toEqual(['GET /greetings/ada']);
    writeFileSync(
      join(app, 'typed.mts'),
      "import Hello from '@acme/hello';\nconst m: string = (await new Hello({ baseURL: 'http://x' }).greetings.retrieve('a')).message;\nexport { m };\n",
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] },
        include: ['typed.mts', 'sdkgen.config.ts'],
      }),
    );
    expect(
      await exec(process.execPath, [join(app, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], app),
    ).toMatchObject({ code: 0, stdout: '' });

    // 5. --check: fresh, then stale after a spec change with the output untouched.
    expect(await npx(['generate', '--check', '--quiet'])).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(join(app, 'hello.yaml'), helloSpec(true));
    const before = snapshot(join(app, 'sdk', 'hello'));
    const stale = await npx(['generate', '--check', '--quiet']);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('out of date: sdk/hello');
    expect(stale.stdout).toContain('  ~ src/client.ts (changed)');
    expect(snapshot(join(app, 'sdk', 'hello'))).toEqual(before);

    // 6. The same through the programmatic API (sources only: the package's own build makes dist/).
    writeFileSync(join(app, 'hello.yaml'), helloSpec());
    writeFileSync(
      join(app, 'api.mjs'),
      [
        "import { writeFileSync } from 'node:fs';",
        "import { check, defineConfig, generate, SdkgenError } from 'sdkgen';",
        "const options = defineConfig({ input: 'hello.yaml', output: 'sdk/api', name: '@acme/api', sourcesOnly: true });",
        'const files = await generate(options);',
        'const fresh = await check(options);',
        `writeFileSync('hello.yaml', ${JSON.stringify(helloSpec(true))});`,
        'const stale = await check(options);',
        "const error = await generate({ ...options, outptu: 'x' }).catch((e) => e);",
        'console.log(JSON.stringify({ files: files.length, fresh, stale: stale.changed.length + stale.added.length, error: error instanceof SdkgenError ? error.diagnostics[0] : String(error) }));',
      ].join('\n'),
    );
    const api = await exec(process.execPath, ['api.mjs'], app);
    expect(api.stderr).toBe('');
    const result = JSON.parse(api.stdout) as {
      files: number;
      fresh: unknown;
      stale: number;
      error: Record<string, string>;
    };
    expect(result.files).toBeGreaterThan(20);
    expect(result.fresh).toEqual({ added: [], removed: [], changed: [] });
    expect(result.stale).toBeGreaterThan(0);
    expect(result.error).toMatchObject({
      level: 'error',
      stage: 'config',
      pointer: '#/outptu',
      message: 'unknown key "outptu"',
    });
  }, 900_000);
});
