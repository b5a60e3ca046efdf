import { describe, expect, it } from 'vitest';
import type { IRSchema } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const SPEC = '/work/shared/specs/digitalocean/DigitalOcean-public.v2.yaml';

function refs(root: unknown): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n === null || typeof n !== 'object') return;
    const o = n as Partial<IRSchema> & Record<string, unknown>;
    if (o.kind === 'ref' && typeof o.name === 'string' && typeof o.pointer === 'string') out.push(o.name);
    for (const [k, v] of Object.entries(o))
      if (k !== 'extensions' && k !== 'default' && k !== 'example' && k !== 'examples') walk(v);
  };
  walk(root);
  return out;
}

describe('the DigitalOcean multi-file spec', () => {
  it('parses with every ref resolved and every discriminator mapping matched', async () => {
    const ir = parseSpec(await loadSpec(SPEC));
    expect(ir.openapi).toMatch(/^3\.0\./);
    expect(ir.operations.length).toBeGreaterThan(300);
    expect(JSON.stringify(ir)).not.toContain('"$ref"');
    const names = refs(ir);
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => !(n in ir.schemas))).toEqual([]);
    expect(ir.diagnostics.map((d) => `${d.pointer}: ${d.message}`)).toEqual([]);
  }, 60_000);
});
