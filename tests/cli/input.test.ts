import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SdkgenError } from '../../generator/errors.js';
import { cachedSpecFile, resolveInput } from '../../generator/project/input.js';
import type { ResolvedProject } from '../../generator/project/types.js';
import { helloSpec } from './helpers.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const good = helloSpec();
let root: string;
let server: Server;
let base: string;
let hits = 0;
let closedPort = 0;

const project = (p: Partial<ResolvedProject>): ResolvedProject => ({
  input: join(root, 'none.yaml'),
  output: join(root, 'out'),
  strict: false,
  sourcesOnly: false,
  pointer: '#',
  configFile: join(root, 'sdkgen.config.yaml'),
  ...p,
});
async function failure(p: ResolvedProject): Promise<SdkgenError['diagnostics'][number]> {
  const error = await resolveInput(p, root).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SdkgenError);
  return (error as SdkgenError).diagnostics[0]!;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sdkgen-input-'));
  writeFileSync(join(root, 'hello.yaml'), good);
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/specs/hello.yaml') res.end(good);
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('resolveInput', () => {
  it.each([
    ['a local path', () => ({ input: join(root, 'hello.yaml') }), 'path'],
    ['a local path with its sha256', () => ({ input: join(root, 'hello.yaml'), sha256: sha(good) }), 'path'],
  ])('reads %s', async (_what, make, from) => {
    expect(await resolveInput(project(make()), root)).toEqual({
      path: join(root, 'hello.yaml'),
      sha256: sha(good),
      from,
    });
  });

  it('fetches an http(s) input, keeps it in the cache by hash, and reads the cache next time when the hash is pinned', async () => {
    const url = `${base}/specs/hello.yaml`;
    const first = await resolveInput(project({ input: url }), root);
    expect(first).toEqual({ path: cachedSpecFile(sha(good), url, root), sha256: sha(good), from: 'url' });
    expect(readFileSync(first.path, 'utf8')).toBe(good);
    const before = hits;
    expect(await resolveInput(project({ input: url, sha256: sha(good) }), root)).toMatchObject({
      from: 'cache',
      sha256: sha(good),
    });
    expect(hits).toBe(before);
  });

  it('uses the download cache for a missing local path with a pinned hash', async () => {
    mkdirSync(join(root, '.cache', 'specs'), { recursive: true });
    writeFileSync(cachedSpecFile(sha(good), 'x.yaml', root), good);
    expect(
      await resolveInput(project({ sha256: sha(good), url: 'https://example.com/x.yaml' }), root),
    ).toMatchObject({ from: 'cache' });
  });

  it.each([
    [
      'a fetched spec with the wrong hash',
      () => project({ input: `${base}/specs/hello.yaml`, sha256: sha('other') }),
      /has sha256 .* but sdkgen\.config\.yaml expects|but .*sdkgen\.config\.yaml expects/,
      /^sha256 /,
    ],
    [
      'a URL that answers 404',
      () => project({ input: `${base}/specs/gone.yaml` }),
      /cannot fetch .*gone\.yaml: HTTP 404 Not Found/,
      /reachable/,
    ],
    [
      'a URL nobody listens on',
      () => project({ input: `http://127.0.0.1:${closedPort}/x.yaml` }),
      /cannot fetch http:\/\/127\.0\.0\.1:\d+\/x\.yaml: ECONNREFUSED/,
      /reachable/,
    ],
    [
      'a missing local file',
      () => project({ url: 'https://example.com/s.yaml', sha256: sha('nothing cached') }),
      /spec not found: .*none\.yaml .*Fetch it: curl -fL https:\/\/example\.com\/s\.yaml -o /,
      /existing/,
    ],
    [
      'a changed local file',
      () => project({ input: join(root, 'hello.yaml'), sha256: sha('other') }),
      /Restore the original file; if the change is intended, update sha256 in /,
      /^sha256 /,
    ],
  ])('fails on %s, saying what to do', async (_what, make, message, expected) => {
    const d = await failure(make());
    expect(d.stage).toBe('source');
    expect(d.message).toMatch(message);
    expect(d.expected).toMatch(expected);
  });

  it('writes nothing to the cache for a fetch that fails its hash', async () => {
    const url = `${base}/specs/hello.yaml`;
    rmSync(join(root, '.cache'), { recursive: true, force: true });
    await failure(project({ input: url, sha256: sha('other') }));
    expect(existsSync(join(root, '.cache', 'specs'))).toBe(false);
  });
});
