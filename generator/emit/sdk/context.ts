import type { IRDocument, IRSchema } from '../../ir/types.js';
import type { SdkSettings } from '../types.js';
import { NameRegistry } from '../ts/names.js';
import { runtimeFiles } from '../package/runtime-files.js';

/** Names the package root exports besides the generated types (runtime, client, errors). */
export const RUNTIME_EXPORTS = [
  'APIPromise', 'PagePromise', 'AbstractPage', 'CursorPage', 'Page', 'Stream', 'toFile', 'Uploadable',
  'RequestOptions', 'ClientOptions', 'BaseClient', 'APIResource', 'SDKError', 'APIError',
  'BadRequestError', 'AuthenticationError', 'PermissionDeniedError', 'NotFoundError', 'ConflictError',
  'UnprocessableEntityError', 'RateLimitError', 'InternalServerError', 'APIConnectionError',
  'APIConnectionTimeoutError', 'APIUserAbortError', 'ValidationError',
];

/** Names the package root also exports when a resource polls (`core/polling.ts`). */
export const POLLING_EXPORTS = ['PollTimeoutError', 'PollOptions'];

let runtimeValues: Set<string> | undefined;

/**
 * Names a method's parameters and locals never take: the method's own bindings (`options`, the
 * params argument, the body rest) and every value the runtime exports (`path`, `pathParam`,
 * `CursorPage`, ...), read from the runtime's sources, so that a spec name (a path parameter
 * named `path`) cannot shadow a helper the method body calls.
 */
export function methodReservedNames(): Set<string> {
  if (!runtimeValues) {
    runtimeValues = new Set(['options', 'params', 'body', 'query', 'this', 'globalThis', 'undefined', 'arguments', 'eval']);
    const declared = /^export\s+(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|enum)\s+([A-Za-z_$][\w$]*)/gm;
    for (const f of runtimeFiles()) for (const m of f.contents.matchAll(declared)) runtimeValues.add(m[1]!);
  }
  return new Set(runtimeValues);
}

const memberCache = new Map<string, Set<string>>();

/**
 * Names a generated property or method of a subclass of a runtime class cannot take: the
 * members the class declares (read from the runtime's source: `baseURL`, `request`,
 * `withOptions` on `BaseClient`; `_client` on `APIResource`), plus `constructor`, `prototype`
 * and `then` (a `then` member would make the object a thenable that `await` unwraps).
 */
export function classMemberNames(runtimeFile: 'client.ts' | 'resource.ts'): Set<string> {
  let names = memberCache.get(runtimeFile);
  if (!names) {
    names = new Set(['constructor', 'prototype', 'then']);
    const source = runtimeFiles().find((f) => f.path === `src/core/${runtimeFile}`)?.contents ?? '';
    const member = /^ {2}(?:(?:public|protected|private|readonly|static|async|declare|override|abstract)\s+)*(?:get\s+|set\s+)?\*?([A-Za-z_$][\w$]*)\??!?\s*[(:=<;]/gm;
    for (const m of source.matchAll(member)) names.add(m[1]!);
    memberCache.set(runtimeFile, names);
  }
  return names;
}

/** Error classes exported by name and as statics on the client. */
export const ERROR_CLASSES = RUNTIME_EXPORTS.filter((n) => n.endsWith('Error'));

/** Shared state of one SDK emit: the IR, settings, and the package-wide type names. */
export class SdkContext {
  readonly registry: NameRegistry;
  /** Component schema key → exported TypeScript name. */
  readonly typeNames = new Map<string, string>();

  constructor(
    readonly ir: IRDocument,
    readonly settings: SdkSettings,
  ) {
    this.registry = new NameRegistry([...RUNTIME_EXPORTS, ...POLLING_EXPORTS, settings.clientName, 'default']);
    for (const [key, named] of Object.entries(ir.schemas)) {
      this.typeNames.set(key, this.registry.claim(named.typeName ?? key));
    }
  }

  /** Follows component refs (up to a bound, so ref cycles end) to the schema behind them. */
  resolve(schema: IRSchema): IRSchema {
    let current = schema;
    for (let hops = 0; current.kind === 'ref' && hops < 32; hops++) {
      const target = this.ir.schemas[current.name];
      if (!target) break;
      current = target.schema;
    }
    return current;
  }

  /** True when a value of this schema is an object a params type can spread into. */
  isObjectLike(schema: IRSchema, depth = 0): boolean {
    const s = this.resolve(schema);
    if (depth > 16 || s.nullable) return false;
    if (s.kind === 'object') return true;
    if (s.kind === 'union') return s.variants.length > 0 && s.variants.every((v) => this.isObjectLike(v, depth + 1));
    if (s.kind === 'intersection') return s.members.some((m) => this.isObjectLike(m, depth + 1));
    return false;
  }

  /** Names of the properties an object-like schema declares (through refs, unions, allOf). */
  propertyNames(schema: IRSchema, depth = 0, out = new Set<string>()): Set<string> {
    const s = this.resolve(schema);
    if (depth > 16) return out;
    if (s.kind === 'object') s.properties.forEach((p) => out.add(p.name));
    if (s.kind === 'union') s.variants.forEach((v) => this.propertyNames(v, depth + 1, out));
    if (s.kind === 'intersection') s.members.forEach((m) => this.propertyNames(m, depth + 1, out));
    return out;
  }

  /** True when `{}` is not a valid value (some property is required). */
  hasRequired(schema: IRSchema, depth = 0): boolean {
    const s = this.resolve(schema);
    if (depth > 16) return true;
    if (s.kind === 'object') return s.properties.some((p) => p.required);
    if (s.kind === 'union') return s.variants.every((v) => this.hasRequired(v, depth + 1));
    if (s.kind === 'intersection') return s.members.some((m) => this.hasRequired(m, depth + 1));
    return true;
  }
}
