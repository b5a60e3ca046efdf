import type { IRDocument, IRSchema } from '../../ir/types.js';
import type { SdkSettings } from '../types.js';
import { NameRegistry } from '../ts/names.js';

/** Names the package root exports besides the generated types (runtime, client, errors). */
export const RUNTIME_EXPORTS = [
  'APIPromise', 'PagePromise', 'AbstractPage', 'CursorPage', 'Page', 'Stream', 'toFile', 'Uploadable',
  'RequestOptions', 'ClientOptions', 'BaseClient', 'APIResource', 'SDKError', 'APIError',
  'BadRequestError', 'AuthenticationError', 'PermissionDeniedError', 'NotFoundError', 'ConflictError',
  'UnprocessableEntityError', 'RateLimitError', 'InternalServerError', 'APIConnectionError',
  'APIConnectionTimeoutError', 'APIUserAbortError', 'ValidationError',
];

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
    this.registry = new NameRegistry([...RUNTIME_EXPORTS, settings.clientName, 'default']);
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
