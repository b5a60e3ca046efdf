import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentAt } from './helpers/check-file.js';
import { emitPackage, FIXTURES, loadIR } from './helpers/emit-package.js';
import { typesModuleSource } from './helpers/types-module.js';
import { typeCheck } from './helpers/typecheck.js';

/** Type-checks the zod entry and the check file; returns the failing component names (and other errors). */
async function failures(name: string, file: string, editTypes?: (src: string) => string) {
  const ir = await loadIR(file);
  const types = editTypes?.(typesModuleSource(ir));
  const pkg = await emitPackage(name, ir, types);
  const errors = typeCheck([join(pkg.dir, 'zod', 'index.ts'), pkg.checkFile]);
  const components = new Set<string>();
  const other: string[] = [];
  for (const e of errors) {
    const c = e.file === pkg.checkFile ? componentAt(pkg.checkLines, e.line) : undefined;
    if (c) components.add(c);
    else other.push(`${e.file}:${e.line} ${e.message}`);
  }
  return { ir, components: [...components].sort(), other };
}

describe('z.infer<typeof X> and the emitted type X are assignable both ways', () => {
  it('for every component of the kitchen-sink fixture', async () => {
    const { ir, components, other } = await failures('kitchen-sink', join(FIXTURES, 'kitchen-sink.yaml'));
    expect(Object.keys(ir.schemas).length).toBeGreaterThan(20);
    expect(other).toEqual([]);
    expect(components).toEqual([]);
  });

  it('for every component of the hostile emitter fixture (odd names, keys and prose)', async () => {
    const hostile = join(import.meta.dirname, '..', 'fixtures', 'emit', 'hostile.json');
    const { ir, components, other } = await failures('hostile', hostile);
    expect(Object.keys(ir.schemas).length).toBeGreaterThan(3);
    expect(other).toEqual([]);
    expect(components).toEqual([]);
  });

  it('and the check fails, naming the component, when a type and its schema differ', async () => {
    const { components } = await failures('kitchen-sink-broken', join(FIXTURES, 'kitchen-sink.yaml'), (src) =>
      src
        .replace(/export type PetKind = [^;]+;/, "export type PetKind = 'cat' | 'dog';")
        .replace(/export type Labels = [^;]+;/, 'export type Labels = {\n[key: string]: number;\n};'),
    );
    expect(components).toEqual(['Labels', 'PetKind']);
  });
});
