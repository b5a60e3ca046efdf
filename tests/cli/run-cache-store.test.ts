import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runProject } from '../../generator/project/run.js';
import { prune, readRun, writeRun, type RunRecord } from '../../generator/project/run-cache.js';
import { tempFolder } from './helpers.js';
import { writeFixture } from './run-cache-fixture.js';

const root = tempFolder('cli-run-cache-store-');
const fresh = (): string => mkdtempSync(join(root(), 'case-'));
afterEach(() => vi.unstubAllEnvs());

/** A folder `out` holding one file, and a record saying so. */
function recorded(d: string): { out: string; record: RunRecord } {
  const out = join(d, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'a.txt'), 'a');
  const sha = 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'; // sha256('a')
  const warning = { level: 'warning' as const, stage: 'load' as const, message: 'w' };
  return { out, record: { inputs: [], output: [['a.txt', sha]], warnings: [warning] } };
}

describe('run cache entries', () => {
  const mode = { check: false, sourcesOnly: false };

  it('reads back what was written, warnings included, through a temporary file and a rename', () => {
    const d = fresh();
    const { out, record } = recorded(d);
    writeRun(join(d, 'runs'), 'k1', record);
    expect(readdirSync(join(d, 'runs'))).toEqual(['k1.json']);
    expect(readRun(join(d, 'runs'), 'k1', out, mode)).toEqual(record);
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['JSON but not an object', '[1,2]'],
    ['another version', (e: object) => ({ ...e, version: 99 })],
    ['another key inside', (e: object) => ({ ...e, key: 'k2' })],
    ['inputs not [path, sha256] pairs', (e: object) => ({ ...e, inputs: [['only-a-path']] })],
    ['output not a list', (e: object) => ({ ...e, output: {} })],
    ['custom without a folder', (e: object) => ({ ...e, custom: { files: [] } })],
    ['warnings missing', (e: object) => ({ ...e, warnings: undefined })],
  ])('an entry with %s is a miss, never an error', (_what, damage) => {
    const d = fresh();
    const { out, record } = recorded(d);
    writeRun(join(d, 'runs'), 'k1', record);
    const file = join(d, 'runs', 'k1.json');
    const entry = JSON.parse(readFileSync(file, 'utf8')) as object;
    writeFileSync(file, typeof damage === 'string' ? damage : JSON.stringify(damage(entry)));
    expect(readRun(join(d, 'runs'), 'k1', out, mode)).toBeUndefined();
  });

  it('prune keeps the newest entries and drops old ones and stale temporary files', () => {
    const d = fresh();
    const at = (name: string, hoursAgo: number): void => {
      writeFileSync(join(d, name), '{}');
      const t = new Date(Date.now() - hoursAgo * 3600_000);
      utimesSync(join(d, name), t, t);
    };
    at('new1.json', 0);
    at('new2.json', 1);
    at('new3.json', 2);
    at('old4.json', 3);
    at('ancient.json', 15 * 24);
    at('crashed.json.1.x.tmp', 2);
    at('writing.json.2.y.tmp', 0);
    prune(d, 3);
    expect(readdirSync(d).sort()).toEqual(['new1.json', 'new2.json', 'new3.json', 'writing.json.2.y.tmp']);
  });
});

describe('a hit', () => {
  it('reports the warnings of the run it stands for', async () => {
    const d = fresh();
    vi.stubEnv('SDKGEN_CACHE_DIR', join(d, '.cache'));
    vi.stubEnv('SDKGEN_NO_CACHE', '');
    const p = writeFixture(d);
    // A response without a description: repaired with a warning (a load-stage warning).
    const spec = readFileSync(p.input, 'utf8').replace('          description: ok\n', '');
    writeFileSync(p.input, spec);
    const first = await runProject(p);
    expect(first.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/no "description"/)]);
    const second = await runProject(p);
    expect(second.upToDate).toBe(true);
    expect(second.warnings).toEqual(first.warnings);
    expect(existsSync(join(d, 'sdk', 'package.json'))).toBe(true);
  });
});
