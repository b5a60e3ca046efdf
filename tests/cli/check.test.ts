import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, diff, generate } from '../../generator/api.js';
import { SdkgenError } from '../../generator/errors.js';
import { CLI, exec, helloSpec, sdkgen, snapshot, tempFolder } from './helpers.js';

const dir = tempFolder('cli-check-');

describe('generate --check', () => {
  it('through the API: returns the files written; check is clean, then stale after a spec change, writing nothing', async () => {
    const d = mkdtempSync(join(dir(), 'api-'));
    writeFileSync(join(d, 'hello.yaml'), helloSpec());
    const options = { input: 'hello.yaml', output: 'sdk', name: '@acme/hello', sourcesOnly: true, cwd: d };
    const files = await generate(options);
    expect(files).toContain(join(d, 'sdk', 'package.json'));
    expect(files.every((f) => existsSync(f))).toBe(true);
    expect(JSON.parse(readFileSync(join(d, 'sdk', 'package.json'), 'utf8')).name).toBe('@acme/hello');
    expect(existsSync(join(d, 'sdk', 'dist'))).toBe(false);
    expect(await check(options)).toEqual({ added: [], removed: [], changed: [] });
    writeFileSync(join(d, 'hello.yaml'), helloSpec(true));
    const before = snapshot(join(d, 'sdk'));
    const stale = await check(options);
    expect(stale.added).toContain('src/resources/farewells/farewells.ts');
    expect(stale.changed).toContain('src/client.ts');
    expect(snapshot(join(d, 'sdk'))).toEqual(before);
  }, 300_000);

  it('diff through the API: removing an operation is breaking, adding one is not', async () => {
    const d = mkdtempSync(join(dir(), 'diff-'));
    writeFileSync(join(d, 'one.yaml'), helloSpec());
    writeFileSync(join(d, 'two.yaml'), helloSpec(true));
    const removed = await diff(join(d, 'two.yaml'), join(d, 'one.yaml'));
    expect(removed.changes).toEqual([
      expect.objectContaining({ level: 'breaking', operation: 'GET /farewells/{name}' }),
    ]);
    const added = await diff(join(d, 'one.yaml'), join(d, 'two.yaml'));
    expect(added.changes.map((c) => c.level)).not.toContain('breaking');
    expect(added.changes.map((c) => c.operation)).toContain('GET /farewells/{name}');
  });

  it('through the API: bad options are SdkgenErrors naming the key', async () => {
    const error = await generate({ input: 'x.yaml', output: 'o', name: 'Bad Name' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkgenError);
    expect((error as SdkgenError).diagnostics[0]).toMatchObject({ pointer: '#/name', stage: 'config' });
  });

  it('through the CLI: exit 0 when fresh, 1 with the differences listed when stale, the output untouched', async () => {
    const d = mkdtempSync(join(dir(), 'cli-'));
    writeFileSync(join(d, 'hello.yaml'), helloSpec());
    writeFileSync(
      join(d, 'sdkgen.config.json'),
      JSON.stringify({ input: 'hello.yaml', output: 'sdk', sourcesOnly: true }),
    );
    expect(await sdkgen(['generate', '--quiet'], d)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const fresh = await sdkgen(['generate', '--check', '--quiet'], d);
    expect(fresh).toMatchObject({ code: 0, stderr: '' });
    expect(fresh.stdout).toMatch(/^up to date: sdk \(\d+ files\)\n$/);
    writeFileSync(join(d, 'hello.yaml'), helloSpec(true));
    const before = snapshot(join(d, 'sdk'));
    const stale = await sdkgen(['generate', '--check', '--quiet'], d);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(
      /^out of date: sdk \(\d+ added, 0 removed, \d+ changed; run sdkgen generate\)$/m,
    );
    expect(stale.stdout).toContain('  + src/resources/farewells/farewells.ts (added)');
    expect(stale.stdout).toContain('  ~ src/client.ts (changed)');
    expect(snapshot(join(d, 'sdk'))).toEqual(before);
  }, 300_000);

  it('strict (option or --strict) turns spec and config warnings into errors, before anything is written', async () => {
    const d = mkdtempSync(join(dir(), 'strict-'));
    writeFileSync(join(d, 'hello.yaml'), helloSpec());
    const options = {
      input: 'hello.yaml',
      output: 'sdk',
      sourcesOnly: true,
      sdk: { types: { NoSuchSchema: 'Foo' } },
      cwd: d,
    };
    const error = await generate({ ...options, strict: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkgenError);
    expect((error as SdkgenError).diagnostics).toEqual([
      expect.objectContaining({
        level: 'error',
        stage: 'config',
        pointer: '#/types/NoSuchSchema',
        message: expect.stringContaining('not a component schema'),
      }),
    ]);
    expect(existsSync(join(d, 'sdk'))).toBe(false);
    const yaml = 'input: hello.yaml\noutput: sdk\nsourcesOnly: true\nsdk:\n  types:\n    NoSuchSchema: Foo\n';
    writeFileSync(join(d, 'sdkgen.config.yaml'), yaml);
    const cli = await sdkgen(['generate', '--strict', '--quiet'], d);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(
      `error [config] ${join(d, 'sdkgen.config.yaml')}:6 #/types/NoSuchSchema: type override for "NoSuchSchema"`,
    );
    expect(existsSync(join(d, 'sdk'))).toBe(false);
    const lenient = await sdkgen(['generate'], d);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(
      /generated \d+ files in sdk \(\d+ ms, 1 warning: see stderr; --strict fails on warnings\)/,
    );
    expect(lenient.stderr).toMatch(
      /^warning \[config\] .*sdkgen\.config\.yaml:6 #\/types\/NoSuchSchema: type override/,
    );
  }, 300_000);

  it('strict also makes load repairs errors (a response without description), at the load stage', async () => {
    const d = mkdtempSync(join(dir(), 'strict-load-'));
    writeFileSync(join(d, 'hello.yaml'), helloSpec().replace('          description: ok\n', ''));
    const options = { input: 'hello.yaml', output: 'sdk', sourcesOnly: true, strict: true, cwd: d };
    const error = await generate(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkgenError);
    expect((error as SdkgenError).diagnostics[0]).toMatchObject({
      level: 'error',
      stage: 'load',
      file: join(d, 'hello.yaml'),
    });
    expect((error as SdkgenError).message).toContain('no "description"');
    expect(existsSync(join(d, 'sdk'))).toBe(false);
  });

  it('--no-cache reads and writes no cache (as SDKGEN_NO_CACHE=1)', async () => {
    const d = mkdtempSync(join(dir(), 'cache-'));
    writeFileSync(join(d, 'hello.yaml'), helloSpec());
    writeFileSync(join(d, 'sdkgen.config.yaml'), 'input: hello.yaml\noutput: sdk\nsourcesOnly: true\n');
    const run = (flags: string[], cache: string) =>
      exec(process.execPath, [CLI, 'generate', '--quiet', ...flags], d, { SDKGEN_CACHE_DIR: join(d, cache) });
    expect(await run([], 'cached')).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(join(d, 'cached'))).toBe(true);
    expect(await run(['--no-cache'], 'uncached')).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(join(d, 'uncached'))).toBe(false);
  }, 300_000);

  it('through the CLI: no config and no spec is a usage error saying what to do', async () => {
    const d = mkdtempSync(join(dir(), 'none-'));
    const r = await sdkgen(['generate'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no spec given, and no sdkgen.config.* in');
    expect(r.stderr).toContain('sdkgen init SPEC');
  }, 60_000);
});
