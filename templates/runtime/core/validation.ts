/**
 * Opt-in runtime validation of what the API sends (and what the SDK sends) against the package's
 * zod schemas. Neither this file nor the client imports zod or the schemas, not even lazily: the
 * user passes them in (`validators` from `<pkg>/zod`), so a bundler never pulls them into an app
 * that does not ask for them. With `validate: 'off'` (the default) nothing runs.
 */
import { SDKError, ValidationError } from './error.js';
import type { Logger } from './logger.js';
import { Stream } from './streaming.js';

/** `off`: no checks; `warn`: log failures and go on; `strict`: throw `ValidationError`. */
export type ValidationMode = 'off' | 'warn' | 'strict';

/** What is checked: the request's `{ query, body }`, a JSON response body, one stream event. */
export type ValidationKind = 'params' | 'response' | 'event';

/** One problem as a schema library reports it (zod's issues have this shape). */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
}

/** The one method the runtime needs from a schema. */
export interface SafeParser {
  safeParse(data: unknown): { success: boolean; error?: { issues: readonly SchemaIssue[] } | undefined };
}

/** Operation id → its method, path template and schemas, as exported by the generated `zod/operations.ts`. */
export type OperationSchemas = Record<
  string,
  { method?: string; path?: string; params?: SafeParser; response?: SafeParser; event?: SafeParser }
>;

/**
 * Which operation a request is: `operation` (its id) when the caller knows it, else its method and
 * path (`/threads/abc/runs`), matched against the operations' path templates (most literal first;
 * a method + template shared by two operations matches neither).
 */
export interface RequestTarget {
  operation?: string | undefined;
  method: string;
  path: string;
}

type Route = { id: string; method: string; pattern: RegExp; literal: number };

/** The routes of every operation that has a method and path and is the only one with both. */
function routes(schemas: OperationSchemas): Route[] {
  const all = Object.entries(schemas).flatMap(([id, s]) => (s.method && s.path ? [{ id, method: s.method, path: s.path }] : []));
  const key = (r: { method: string; path: string }) => `${r.method} ${r.path}`;
  const counts = new Map<string, number>();
  for (const r of all) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return all
    .filter((r) => counts.get(key(r)) === 1)
    .map((r) => {
      const parts = r.path.split(/\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return { id: r.id, method: r.method, pattern: new RegExp(`^${parts.join('[^/]+')}/?$`), literal: parts.join('').length };
    })
    .sort((a, b) => b.literal - a.literal);
}

/** What the `validators` option takes: the generated `<pkg>/zod` export of the same name. */
export interface Validators {
  operations: OperationSchemas;
}

/** A failed check, as carried in `ValidationError.issues`. */
export interface ValidationIssue {
  operation: string;
  kind: ValidationKind;
  /** JSON path of the bad value, e.g. `$.data[0].created_at`. */
  path: string;
  /** What was wrong and what was expected, e.g. `Invalid input: expected number, received string`. */
  message: string;
  /** The expected type, when the schema library says it. */
  expected?: string;
}

const MODES: readonly ValidationMode[] = ['off', 'warn', 'strict'];

/** The `validate` option, checked: undefined means `off`; anything else invalid is an error. */
export function resolveValidationMode(option: unknown, clientName: string): ValidationMode {
  if (option === undefined) return 'off';
  if (MODES.includes(option as ValidationMode)) return option as ValidationMode;
  throw new SDKError(`${clientName}: the validate option is ${JSON.stringify(option)}; expected one of ${MODES.join(', ')}.`);
}

/**
 * The `validators` option, checked against the mode: validation on without validators, or a
 * `validators` that is not the generated export, is an error at construction saying what to pass.
 */
export function resolveValidators(mode: ValidationMode, option: unknown, clientName: string, pkg = '<package>'): OperationSchemas | undefined {
  const operations = (option as Partial<Validators> | null | undefined)?.operations;
  if (typeof operations === 'object' && operations !== null) return operations;
  if (mode === 'off' && option === undefined) return undefined;
  const why = option === undefined ? `validate: '${mode}' needs the validators option` : 'the validators option is not the generated `validators`';
  throw new SDKError(`${clientName}: ${why}; pass \`import { validators } from '${pkg}/zod'\` (zod must be installed).`);
}

/** `$.data[0]["odd key"]` from a path of keys and indices. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Runs the checks the client asks for, in the configured mode. One per client. */
export class Validator {
  #routes: Route[] | undefined;

  constructor(
    readonly mode: ValidationMode,
    private readonly schemas: OperationSchemas | undefined,
    private readonly log: Pick<Logger, 'warn'>,
    private readonly clientName: string,
  ) {}

  /** False when checking would do nothing (mode `off`): callers may skip calling `check`. */
  get enabled(): boolean {
    return this.mode !== 'off';
  }

  /**
   * Checks `data` against the schema of `operation`'s `kind`. Returns `data` itself (never a
   * parsed copy) when it passes, when there is no schema, or in `warn` mode after logging;
   * throws `ValidationError` in `strict` mode.
   */
  async check<T>(target: RequestTarget | string | undefined, kind: ValidationKind, data: T): Promise<T> {
    const schemas = this.schemas;
    if (this.mode === 'off' || target === undefined || !schemas) return data;
    const operation = typeof target === 'string' ? target : this.#identify(schemas, target);
    const schema = operation === undefined ? undefined : schemas[operation]?.[kind];
    if (!schema) return data;
    const result = schema.safeParse(data);
    if (result.success) return data;
    const issues = (result.error?.issues ?? []).map((i): ValidationIssue => ({
      operation: operation!,
      kind,
      path: jsonPath(i.path),
      message: i.message,
      ...(i.expected !== undefined ? { expected: i.expected } : {}),
    }));
    const shown = issues.slice(0, 5).map((i) => `  at ${i.path}: ${i.message}`);
    if (issues.length > shown.length) shown.push(`  ... and ${issues.length - shown.length} more`);
    const message = `${this.clientName}: ${operation} ${kind} does not match the schema:\n${shown.join('\n')}`;
    if (this.mode === 'strict') throw new ValidationError(message, issues);
    this.log.warn(message);
    return data;
  }

  /** `stream` with every event checked as it arrives (the stream itself when validation is off). */
  stream<T>(target: RequestTarget | string | undefined, stream: Stream<T>): Stream<T> {
    if (this.mode === 'off' || target === undefined) return stream;
    const iterate = (): AsyncIterator<T> => {
      const source = stream[Symbol.asyncIterator]();
      return {
        next: async () => {
          const step = await source.next();
          if (step.done) return step;
          try {
            return { done: false, value: await this.check(target, 'event', step.value) };
          } catch (error) {
            await source.return?.();
            throw error;
          }
        },
        return: async () => (await source.return?.()) ?? { done: true, value: undefined },
      };
    };
    return new Stream(iterate, stream.controller);
  }

  #identify(schemas: OperationSchemas, target: RequestTarget): string | undefined {
    if (target.operation !== undefined) return target.operation;
    this.#routes ??= routes(schemas);
    const method = target.method.toLowerCase();
    const path = target.path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
    return this.#routes.find((r) => r.method === method && r.pattern.test(path))?.id;
  }
}
