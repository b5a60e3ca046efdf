import { RESERVED, pascalCase, safeIdentifier } from './identifiers.js';

/**
 * Hands out package-wide exported names: every name is a valid identifier, not a reserved
 * word, and unique. A taken name gets a numeric suffix (`Batch2`), first come first served,
 * so callers must claim in a deterministic order.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  /** Claims `preferred` (made safe) or the first free `preferred<N>`. */
  claim(preferred: string): string {
    let base = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(preferred) ? preferred : pascalCase(preferred);
    if (RESERVED.has(base)) base = `${pascalCase(base)}Type`;
    base = safeIdentifier(base);
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}

/**
 * Local names inside one generated module. Locals are declared first; imports then get an
 * alias when their name is already used here (`Response as ResponseType`), and globals are
 * reached through `globalThis` when a local shadows them.
 */
export class ModuleScope {
  private readonly locals = new Set<string>();
  private readonly imports = new Map<string, Map<string, { local: string; typeOnly: boolean }>>();

  declare(name: string): string {
    if (this.locals.has(name)) throw new Error(`internal: "${name}" declared twice in one module`);
    this.locals.add(name);
    return name;
  }

  /** The local name for `name` exported by `from` (a relative module specifier). */
  use(from: string, name: string, typeOnly: boolean): string {
    let byName = this.imports.get(from);
    if (!byName) this.imports.set(from, (byName = new Map()));
    const existing = byName.get(name);
    if (existing) {
      if (!typeOnly) existing.typeOnly = false;
      return existing.local;
    }
    let local = name;
    for (let n = 1; this.locals.has(local); n++) local = n === 1 ? `${name}Type` : `${name}Type${n}`;
    this.locals.add(local);
    byName.set(name, { local, typeOnly });
    return local;
  }

  /** A global (`Response`) as written here: bare, or `globalThis.Response` when shadowed. */
  global(name: string): string {
    return this.locals.has(name) ? `globalThis.${name}` : name;
  }

  /** Import statements, sorted by module then name, for a deterministic header. */
  importLines(): string[] {
    const lines: string[] = [];
    for (const from of [...this.imports.keys()].sort()) {
      const entries = [...this.imports.get(from)!.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const allTypes = entries.every(([, e]) => e.typeOnly);
      const names = entries.map(([name, e]) => {
        const spec = e.local === name ? name : `${name} as ${e.local}`;
        return allTypes || !e.typeOnly ? spec : `type ${spec}`;
      });
      lines.push(`import ${allTypes ? 'type ' : ''}{ ${names.join(', ')} } from '${from}';`);
    }
    return lines;
  }
}
