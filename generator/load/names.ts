import { basename, dirname, extname } from 'node:path';
import { splitPointer } from '../util/pointer.js';
import type { Target } from './target.js';

/** Pointer tokens that say where a schema sits, not what it is; skipped when naming. */
const structural = new Set([
  'properties',
  'items',
  'schema',
  'schemas',
  'components',
  'definitions',
  '$defs',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'additionalProperties',
  'content',
  'prefixItems',
  'patternProperties',
]);

function sanitize(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');
  return clean || 'schema';
}

/**
 * Picks names for schemas hoisted into `components/schemas`: the last meaningful token of the
 * fragment (`pets.yaml#/Pet` → `Pet`), else the file's base name (`models/droplet.yml` →
 * `droplet`); on a clash the parent folder is prefixed (`droplets_attributes`), then a number.
 */
export class SchemaNames {
  private readonly taken: Set<string>;

  constructor(existing: Iterable<string>) {
    this.taken = new Set(existing);
  }

  /** Reserves a name that the spec itself chose (an entry of `components/schemas`). */
  reserve(name: string): void {
    this.taken.add(name);
  }

  /** A new, unused name for a schema found at `target`. */
  pick(target: Target): string {
    const tokens = (splitPointer(target.pointer) ?? []).filter((t) => !structural.has(t) && !/^\d+$/.test(t));
    const fileBase = basename(target.file, extname(target.file));
    const base = sanitize(tokens.at(-1) ?? fileBase);
    const folder = tokens.length > 0 ? fileBase : basename(dirname(target.file));
    const candidates = [base, sanitize(`${folder}_${base}`)];
    for (const candidate of candidates) {
      if (!this.taken.has(candidate)) return this.take(candidate);
    }
    for (let i = 2; ; i++) {
      const candidate = `${candidates[1]}_${i}`;
      if (!this.taken.has(candidate)) return this.take(candidate);
    }
  }

  private take(name: string): string {
    this.taken.add(name);
    return name;
  }
}
