import type { LoadedSpec } from '../load/types.js';
import type { Diagnostic, IRSecurityScheme } from '../ir/types.js';
import { SdkgenError } from '../errors.js';
import { getAt, splitPointer } from '../util/pointer.js';
import { isObject, type JsonObject } from '../util/json.js';
import type { Dialect } from './dialect.js';

const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;

/** Opt-in tolerances for real-world documents (defaults: strict). */
export interface ParseOptions {
  /**
   * A path parameter used in the template but never declared becomes a warning and a required
   * string parameter, instead of an error. `sdkgen diff` sets it: old published specs (OpenAI's
   * among them) contain such paths and must still be compared.
   */
  lenientPathParams?: boolean;
  /** Every warning is an error instead (`--strict`): nothing is read with a fallback. */
  strict?: boolean;
}

/**
 * Shared state of one parse run: the document, the dialect, a ref resolver with cycle
 * protection, and the diagnostics collected so far. Errors are collected and thrown together
 * by `throwIfErrors` so the user sees every problem at once.
 */
export class ParseContext {
  readonly doc: JsonObject;
  readonly warnings: Diagnostic[] = [];
  readonly errors: Diagnostic[] = [];
  /** Pointers of non-component refs being inlined right now (cycle protection). */
  readonly inlining = new Set<string>();
  private readonly reported = new Set<string>();
  /** `objectProps` results by the pointer of the schema they were read from (see `tags.ts`). */
  readonly objectPropsMemo = new Map<string, Map<string, { raw: unknown; pointer: string }> | undefined>();
  /** `components.securitySchemes`, parsed first so requirements can be checked against it. */
  securitySchemes: Record<string, IRSecurityScheme> = {};

  constructor(
    readonly loaded: LoadedSpec,
    readonly dialect: Dialect,
    readonly options: ParseOptions = {},
  ) {
    this.doc = loaded.document;
  }

  private diagnostic(
    level: Diagnostic['level'],
    pointer: string,
    message: string,
    expected?: string,
  ): Diagnostic {
    const where = this.loaded.locate(pointer);
    const d: Diagnostic = { level, stage: 'parse', file: where.file, pointer, message };
    if (where.line !== undefined) d.line = where.line;
    if (expected !== undefined) d.expected = expected;
    return d;
  }

  warn(pointer: string, message: string, expected?: string): void {
    if (this.options.strict) return this.error(pointer, message, expected);
    if (this.firstTime('warning', pointer, message))
      this.warnings.push(this.diagnostic('warning', pointer, message, expected));
  }

  error(pointer: string, message: string, expected?: string): void {
    if (this.firstTime('error', pointer, message))
      this.errors.push(this.diagnostic('error', pointer, message, expected));
  }

  /** The same schema can be visited more than once (tags, inlining); report each problem once. */
  private firstTime(level: string, pointer: string, message: string): boolean {
    const key = `${level}\0${pointer}\0${message}`;
    if (this.reported.has(key)) return false;
    this.reported.add(key);
    return true;
  }

  throwIfErrors(): void {
    if (this.errors.length > 0) throw new SdkgenError(this.errors);
  }

  /** The component schema name a `$ref` points at, or undefined for any other ref. */
  componentName(ref: string): string | undefined {
    const m = COMPONENT_SCHEMA.exec(ref);
    return m ? splitPointer(ref)![2] : undefined;
  }

  /**
   * Resolves a local `$ref` (following chains of refs). Reports an error at `at` and returns
   * undefined when it dangles or is not local.
   */
  resolve(ref: string, at: string): { value: unknown; pointer: string } | undefined {
    let pointer = ref;
    for (let hops = 0; hops < 32; hops++) {
      const value = getAt(this.doc, pointer);
      if (value === undefined) {
        this.error(
          at,
          `$ref "${ref}" does not resolve inside the document`,
          'a local JSON pointer to an existing value',
        );
        return undefined;
      }
      if (isObject(value) && typeof value.$ref === 'string' && Object.keys(value).length === 1) {
        pointer = value.$ref;
        continue;
      }
      return { value, pointer };
    }
    this.error(at, `$ref "${ref}" is a chain of refs that never ends`, 'a ref chain that reaches a value');
    return undefined;
  }

  /**
   * The ref a schema makes: its `$ref`, or for `$recursiveRef`/`$dynamicRef: "#"` (JSON Schema
   * recursion, e.g. a filter that nests itself) the component schema that encloses `pointer`.
   */
  schemaRef(s: JsonObject, pointer: string): string | undefined {
    if (typeof s.$ref === 'string') return s.$ref;
    const dynamic = s.$recursiveRef ?? s.$dynamicRef;
    if (dynamic === undefined) return undefined;
    const m = /^#\/components\/schemas\/[^/]+/.exec(pointer);
    if (dynamic === '#' && m) return m[0];
    this.warn(
      pointer,
      `unsupported dynamic reference ${JSON.stringify(dynamic)}; typed as unknown`,
      '"#" inside a component schema',
    );
    return undefined;
  }

  /** True when `#/components/schemas/<name>` exists. */
  hasComponentSchema(name: string): boolean {
    const components = this.doc.components;
    return isObject(components) && isObject(components.schemas) && Object.hasOwn(components.schemas, name);
  }

  /** Follows `$ref`s on a spec object (parameter, response, ...); returns it with its pointer. */
  deref(value: unknown, pointer: string): { value: unknown; pointer: string } | undefined {
    if (isObject(value) && typeof value.$ref === 'string') return this.resolve(value.$ref, pointer);
    return { value, pointer };
  }
}
