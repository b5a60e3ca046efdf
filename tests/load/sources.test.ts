import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SdkgenError } from '../../generator/errors.js';
import { projectsFor, parseGenerateArgs } from '../../generator/commands/generate.js';
import { cachedSpecPath, resolveSpec, unknownSpecId } from '../../generator/sources/index.js';

const NO_FLAGS = parseGenerateArgs([]);

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const good = 'openapi: 3.1.0\n';
const url = 'https://example.com/repo/openapi.yaml';

describe('resolveSpec', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const sources = (entries: string) => write('sdkgen.config.yaml', entries);
  const demo = (hash = sha(good)) =>
    sources(`- id: demo\n  input: specs/demo.yaml\n  url: ${url}\n  sha256: ${hash}\n  output: generated/demo\n`);
  const failure = async (options: Parameters<typeof resolveSpec>[0]) => {
    const error = await resolveSpec({ root, ...options }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkgenError);
    return (error as SdkgenError).diagnostics[0]!;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sdkgen-sources-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('uses the configured path when its hash matches', async () => {
    demo();
    write('specs/demo.yaml', good);
    const resolved = await resolveSpec({ root, specId: 'demo' });
    expect(resolved).toMatchObject({
      path: join(root, 'specs/demo.yaml'),
      sha256: sha(good),
      from: 'configured',
    });
    expect(resolved.source).toMatchObject({ id: 'demo', out: join(root, 'generated/demo'), url });
  });

  it('falls back to the download cache', async () => {
    demo();
    write(`.cache/specs/${sha(good)}.yaml`, good);
    const resolved = await resolveSpec({ root, specId: 'demo' });
    expect(resolved).toMatchObject({ path: join(root, `.cache/specs/${sha(good)}.yaml`), from: 'cache' });
  });

  it('lets an explicit path win without a hash check', async () => {
    demo();
    write('specs/demo.yaml', good);
    write('elsewhere/mine.yaml', 'openapi: 3.0.0\n');
    const resolved = await resolveSpec({ root, specId: 'demo', specPath: join(root, 'elsewhere/mine.yaml') });
    expect(resolved).toEqual({
      path: join(root, 'elsewhere/mine.yaml'),
      sha256: sha('openapi: 3.0.0\n'),
      from: 'explicit',
    });
  });

  it('checks the hash of an explicit path that is the configured path', async () => {
    demo();
    write('specs/demo.yaml', 'openapi: 3.0.0 # edited\n');
    const d = await failure({ specPath: join(root, 'specs/demo.yaml') });
    expect(d.message).toContain(
      `has sha256 ${sha('openapi: 3.0.0 # edited\n')}, but ${join(root, 'sdkgen.config.yaml')} expects ${sha(good)}`,
    );
  });

  it('fails on a wrong hash saying what to do', async () => {
    demo();
    write('specs/demo.yaml', 'tampered\n');
    const d = await failure({ specId: 'demo' });
    expect(d.stage).toBe('source');
    expect(d.file).toBe(join(root, 'specs/demo.yaml'));
    expect(d.message).toContain(sha('tampered\n'));
    expect(d.message).toContain(`fetch ${url} into ${join(root, `.cache/specs/${sha(good)}.yaml`)}`);
    expect(d.message).toContain(`update sha256 in ${join(root, 'sdkgen.config.yaml')}`);
    expect(d.expected).toBe(`sha256 ${sha(good)}`);
  });

  it('fails on a wrong hash in the download cache', async () => {
    demo();
    write(`.cache/specs/${sha(good)}.yaml`, 'truncated');
    const d = await failure({ specId: 'demo' });
    expect(d.message).toContain(`has sha256 ${sha('truncated')}`);
  });

  it('fails on a missing spec with the command that fetches it', async () => {
    demo();
    const d = await failure({ specId: 'demo' });
    expect(d.message).toContain(`spec not found: ${join(root, 'specs/demo.yaml')}`);
    expect(d.message).toContain(`curl -fL ${url} -o ${join(root, `.cache/specs/${sha(good)}.yaml`)}`);
    expect(d).toMatchObject({ file: join(root, 'sdkgen.config.yaml'), pointer: '#/0/input' });
  });

  it.each([
    ['an unknown id', { specId: 'nope' }, /unknown spec id "nope"/, /one of: demo/],
    ['nothing to resolve', {}, /no spec given/, /--spec-id demo/],
    [
      'a missing explicit path',
      { specPath: '/no/such/spec.yaml' },
      /spec file not found: \/no\/such\/spec\.yaml/,
      /existing/,
    ],
  ])('fails on %s', async (_what, options, message, expected) => {
    demo();
    const d = await failure(options);
    expect(d.message).toMatch(message);
    expect(d.expected).toMatch(expected);
  });

  it('generate --spec-id words an unknown id as resolveSpec does (one message)', async () => {
    demo();
    const fromGenerate = await projectsFor({ ...NO_FLAGS, '--config-file': join(root, 'sdkgen.config.yaml'), '--spec-id': 'nope' }).catch((e: unknown) => e);
    expect(fromGenerate).toBeInstanceOf(SdkgenError);
    const d = await failure({ specId: 'nope' });
    const g = (fromGenerate as SdkgenError).diagnostics[0]!;
    expect([g.message, g.expected]).toEqual([d.message, d.expected]);
    expect(unknownSpecId('x', [])).toEqual({ message: 'unknown spec id "x"', expected: 'one of: (no entry of the config has an id)' });
  });

  it.each([
    ['a bad sha256', '- id: demo\n  input: a.yaml\n  output: o\n  sha256: abc\n', 4, /"abc" is not 64 lower-case hex digits/],
    ['no input', `- id: demo\n  output: o\n`, 1, /missing required key "input"/],
    ['an invalid url', `- id: demo\n  input: a.yaml\n  output: o\n  url: not a url\n`, 4, /"not a url" is not an http\(s\) URL/],
    ['an entry that is not a mapping', `- 1\n`, 1, /expected a mapping, got/],
    [
      'a non-string input',
      `- id: ok\n  input: a.yaml\n  output: o\n- id: demo\n  input: [a]\n  output: o\n`,
      5,
      /expected a string, got/,
    ],
  ])('rejects a config with %s', async (_what, text, line, message) => {
    sources(text);
    const d = await failure({ specId: 'demo' });
    expect(d.stage).toBe('config');
    expect(d.line).toBe(line);
    expect(d.message).toMatch(message);
  });

  it('names the download cache after the sha and the URL extension', () => {
    expect(
      cachedSpecPath('/r', { url: 'https://x/y/spec.json?raw=1', sha256: 'f'.repeat(64) }),
    ).toBe(`/r/.cache/specs/${'f'.repeat(64)}.json`);
  });

  it('resolves the real openai entry of sdkgen.config.yaml', async () => {
    const resolved = await resolveSpec({ specId: 'openai' });
    expect(resolved.sha256).toBe('db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8');
    expect(resolved.from).toBe('configured');
  });
});
