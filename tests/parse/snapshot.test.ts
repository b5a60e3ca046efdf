import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/parse');

/** The IR as JSON, with diagnostic file paths made machine-independent. */
async function irOf(name: string): Promise<string> {
  const ir = parseSpec(await loadSpec(join(fixtures, name)));
  for (const d of ir.diagnostics) if (d.file) d.file = basename(d.file);
  return JSON.stringify(ir, null, 2) + '\n';
}

describe('IR snapshots of fixture specs', () => {
  it.each(['petstore-3.0.yaml', 'events-3.1.yaml'])('%s', async (name) => {
    const json = await irOf(name);
    expect(json).not.toContain('"$ref"');
    await expect(json).toMatchFileSnapshot(`__snapshots__/${name.replace(/\.yaml$/, '.ir.json')}`);
  });
});
