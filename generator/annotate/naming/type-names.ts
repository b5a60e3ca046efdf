import type { IRDocument } from '../../ir/types.js';
import type { SdkConfig } from '../../config/types.js';
import { configError, configWarning, oneOf } from '../../config/errors.js';
import { escapeToken } from '../../util/pointer.js';
import { GLOBAL_NAMES, RESERVED_WORDS, RUNTIME_NAMES, typeIdentifier } from './identifiers.js';

/** The set of type names already given out, compared case-insensitively (file systems fold case). */
export class NameRegistry {
  private readonly used = new Set<string>();

  constructor(private readonly blocked: ReadonlySet<string>) {}

  isFree(name: string): boolean {
    return !this.used.has(name.toLowerCase()) && !this.blocked.has(name);
  }

  /** Not given out yet (blocked names included): for names a config chooses on purpose. */
  isUnused(name: string): boolean {
    return !this.used.has(name.toLowerCase());
  }

  take(name: string): string {
    this.used.add(name.toLowerCase());
    return name;
  }

  /** `base` when free; `base + suffix` when `base` is a blocked name; else numbered (`base2`, ...). */
  claim(base: string, suffix: string): string {
    if (this.isFree(base)) return this.take(base);
    if (suffix && this.blocked.has(base) && this.isFree(base + suffix)) return this.take(base + suffix);
    for (let n = 2; ; n++) if (this.isFree(`${base}${n}`)) return this.take(`${base}${n}`);
  }
}

/** Names no generated type may take: reserved words, TS/DOM globals, runtime exports, the client. */
export function blockedNames(config: SdkConfig | undefined, clientName: string): Set<string> {
  const out = new Set<string>([...RESERVED_WORDS, ...GLOBAL_NAMES, ...RUNTIME_NAMES, clientName]);
  return out;
}

/** A config may name a type after a TS/DOM global on purpose (`Response`): generated code reaches the global through `globalThis`. */
const configMayTake = (registry: NameRegistry, name: string): boolean =>
  registry.isFree(name) || (GLOBAL_NAMES.has(name) && registry.isUnused(name));

/**
 * Gives every component schema a `typeName`: the config's `types` entry, else the schema's name
 * as a PascalCase identifier. Names are claimed in rounds, in spec order: names already spelled
 * as identifiers first, then derived ones (`apps_list` → `AppsList`), so a schema never loses its
 * own name to another's derived one. What is left gets the `reservedSuffix` when its name is a
 * TypeScript global, reserved word or runtime export (default `Object`: `Error` → `ErrorObject`),
 * else a number (`Pet2`).
 */
export function nameSchemas(ir: IRDocument, config: SdkConfig | undefined, registry: NameRegistry): void {
  const overrides = config?.types ?? {};
  for (const named of Object.values(ir.schemas)) delete named.typeName;
  for (const [name, value] of Object.entries(overrides)) {
    if (!ir.schemas[name]) {
      configWarning(
        ir,
        config,
        `#/types/${escapeToken(name)}`,
        `type override for "${name}", which is not a component schema; ignored`,
        oneOf(Object.keys(ir.schemas), name, 8),
      );
      continue;
    }
    if (!configMayTake(registry, value)) {
      configError(
        config,
        `#/types/${escapeToken(name)}`,
        `type name "${value}" is reserved or already used`,
        'a unique identifier that is not a TypeScript global or runtime export',
      );
    }
    ir.schemas[name]!.typeName = registry.take(value);
  }
  const suffix = config?.naming?.reservedSuffix ?? 'Object';
  const all = Object.values(ir.schemas).filter((s) => !s.typeName);
  // Round 1: names already spelled as identifiers; round 2: derived names; round 3: the rest.
  for (const exact of [true, false]) {
    for (const named of all) {
      const base = typeIdentifier(named.name);
      if (!named.typeName && (base === named.name) === exact && registry.isFree(base))
        named.typeName = registry.take(base);
    }
  }
  for (const named of all) named.typeName ??= registry.claim(typeIdentifier(named.name), suffix);
}
