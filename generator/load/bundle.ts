import { isObject, type JsonObject } from '../util/json.js';
import { escapeToken, join, splitPointer } from '../util/pointer.js';
import { childRule, entryRule, type Rule } from './kinds.js';
import { SchemaNames } from './names.js';
import { SourceFiles } from './files.js';
import { loadError } from './problems.js';
import type { SourceFile } from './read.js';
import { resolveTarget, targetKey, type Target } from './target.js';

/** The entry document with every external `$ref` merged in, and what is needed to report on it. */
export interface Bundle {
  document: JsonObject;
  /** Every file read, the entry first. */
  files: SourceFile[];
  /** `[pointer in document, file, pointer in file]`: where each merged block came from. */
  sources: [string, string, string][];
  /** `[pointer of the $ref object in document, local ref]` for every `$ref` kept local. */
  localRefs: [string, string][];
}

function pointerOf(tokens: readonly string[]): string {
  return tokens.length === 0 ? '#' : `#/${tokens.map(escapeToken).join('/')}`;
}

/**
 * Walks the entry document, following `$ref`s by what kind of object they stand in for:
 * schemas in other files are hoisted once into `#/components/schemas/<name>` (so cycles across
 * files stay finite), every other external object is inlined, local refs stay as they are.
 */
class Bundler {
  private readonly files: SourceFiles;
  private readonly hoisted = new Map<string, string>();
  private readonly schemas = new Map<string, unknown>();
  private readonly sources: [string, string, string][] = [];
  private readonly localRefs: [string, string][] = [];
  private readonly inlining = new Set<string>();
  private names = new SchemaNames([]);
  private file: string;
  private src: string[] = [];
  private out: string[] = [];

  constructor(private readonly entry: SourceFile) {
    this.files = new SourceFiles(entry);
    this.file = entry.path;
  }

  run(): Bundle {
    const root = this.entry.value;
    if (!isObject(root)) {
      throw loadError(
        this.entry.path,
        '#',
        'the document is not an object',
        'an object with "openapi", "info" and "paths"',
      );
    }
    const declared =
      isObject(root.components) && isObject(root.components.schemas) ? root.components.schemas : {};
    this.names = new SchemaNames(Object.keys(declared));
    for (const [name, schema] of Object.entries(declared)) {
      // `Name: {$ref: other.yaml}` in the entry: the schema keeps the name the spec gave it.
      if (!isObject(schema) || typeof schema.$ref !== 'string' || Object.keys(schema).length !== 1) continue;
      const target = resolveTarget(schema.$ref, this.entry.path, join('#/components/schemas', name));
      if (target.file !== this.entry.path && !this.hoisted.has(targetKey(target)))
        this.hoisted.set(targetKey(target), name);
    }
    this.sources.push(['#', this.entry.path, '#']);
    const document = this.walk(root, 'document') as JsonObject;
    if (this.schemas.size > 0) {
      const components = (document.components ??= {}) as JsonObject;
      const schemas = (components.schemas ??= {}) as JsonObject;
      for (const [name, schema] of this.schemas) schemas[name] = schema;
    }
    return { document, files: this.files.all(), sources: this.sources, localRefs: this.localRefs };
  }

  /**
   * Returns `value` with its refs rewritten. Objects of the entry file are visited once and are
   * ours (freshly parsed), so they are updated in place; other files' objects may be inlined
   * many times and are copied.
   */
  private walk(value: unknown, rule: Rule): unknown {
    if (rule === 'data' || value === null || typeof value !== 'object') return value;
    const inPlace = this.file === this.entry.path;
    if (Array.isArray(value)) {
      const result: unknown[] = inPlace ? value : new Array(value.length);
      for (let i = 0; i < value.length; i++)
        result[i] = this.child(value[i], entryRule(rule, String(i)), String(i));
      return result;
    }
    const object = value as JsonObject;
    if (typeof object.$ref === 'string') return this.ref(object, rule);
    const result: JsonObject = inPlace ? object : {};
    for (const key of Object.keys(object)) {
      const value = this.child(
        object[key],
        typeof rule === 'string' ? childRule(rule, key) : entryRule(rule, key),
        key,
      );
      // In place, a value the walk did not replace needs no store.
      if (inPlace && value === object[key]) continue;
      // A key named `__proto__` is data: define it, never let the assignment set the prototype.
      if (key === '__proto__')
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      else result[key] = value;
    }
    return result;
  }

  private child(value: unknown, rule: Rule, token: string): unknown {
    if (rule === 'data' || value === null || typeof value !== 'object') return value;
    this.src.push(token);
    this.out.push(token);
    const result = this.walk(value, rule);
    this.src.pop();
    this.out.pop();
    return result;
  }

  private ref(object: JsonObject, kind: Rule): unknown {
    const ref = object.$ref as string;
    const at = pointerOf(this.src);
    const target = resolveTarget(ref, this.file, at);
    const siblings: JsonObject = {};
    for (const key of Object.keys(object))
      if (key !== '$ref')
        siblings[key] = this.child(
          object[key],
          typeof kind === 'string' ? childRule(kind, key) : entryRule(kind, key),
          key,
        );
    if (target.file === this.entry.path) {
      this.localRefs.push([pointerOf(this.out), target.pointer]);
      return { $ref: target.pointer, ...siblings };
    }
    if (kind === 'schema')
      return { $ref: join('#/components/schemas', this.hoist(target, ref, at)), ...siblings };
    const key = targetKey(target);
    if (this.inlining.has(key)) {
      throw loadError(
        this.file,
        at,
        `$ref "${ref}" loops back to itself through objects that are not schemas`,
        'references between non-schema objects that end',
      );
    }
    const content = this.files.valueOf(target, ref, this.file, at);
    this.sources.push([pointerOf(this.out), target.file, target.pointer]);
    const inlined = this.within(target, () => this.walk(content, kind), key);
    return isObject(inlined) ? { ...inlined, ...siblings } : inlined;
  }

  private hoist(target: Target, ref: string, at: string): string {
    const key = targetKey(target);
    let name = this.hoisted.get(key);
    if (name === undefined) this.hoisted.set(key, (name = this.names.pick(target)));
    if (!this.schemas.has(name)) {
      const content = this.files.valueOf(target, ref, this.file, at);
      this.schemas.set(name, undefined);
      const out = this.out;
      this.out = ['components', 'schemas', name];
      this.sources.push([pointerOf(this.out), target.file, target.pointer]);
      this.schemas.set(
        name,
        this.within(target, () => this.walk(content, 'schema')),
      );
      this.out = out;
    }
    return name;
  }

  /** Runs `fn` with `target` as the current file and position. */
  private within<T>(target: Target, fn: () => T, key?: string): T {
    const { file, src } = this;
    this.file = target.file;
    this.src = splitPointer(target.pointer) ?? [];
    if (key) this.inlining.add(key);
    try {
      return fn();
    } finally {
      if (key) this.inlining.delete(key);
      this.file = file;
      this.src = src;
    }
  }
}

/** Merges every external `$ref` of `entry` into one document (see `Bundler`). */
export function bundle(entry: SourceFile): Bundle {
  return new Bundler(entry).run();
}
