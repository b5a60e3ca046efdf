/** Turning spec strings (path segments, parameter and schema names) into TypeScript identifiers. */

/** Acronyms written in capitals inside identifiers when the config gives none. */
export const DEFAULT_ACRONYMS = ['ID', 'IDs', 'API', 'URL', 'URI', 'HTTP', 'JSON', 'SDK', 'UUID'];

const wordCache = new Map<string, string[]>();

/** Splits `fine_tuning`, `fineTuning`, `Fine-Tuning`, `API key` into words (memoised: names repeat a lot). */
export function words(input: string): string[] {
  let cached = wordCache.get(input);
  if (!cached) {
    cached = split(input);
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(input, cached);
  }
  return cached;
}

function split(input: string): string[] {
  return input
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const acronymMaps = new WeakMap<readonly string[], Map<string, string>>();

function acronymFor(word: string, acronyms: readonly string[]): string | undefined {
  let map = acronymMaps.get(acronyms);
  if (!map) {
    map = new Map(acronyms.map((a) => [a.toLowerCase(), a]));
    acronymMaps.set(acronyms, map);
  }
  return map.get(word.toLowerCase());
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** `thread_id` → `threadID`, `admin_api_keys` → `adminAPIKeys`, `api_keys` → `apiKeys`. */
export function camelCase(input: string, acronyms: readonly string[] = DEFAULT_ACRONYMS): string {
  const ws = words(input);
  const out = ws.map((w, i) => {
    if (i === 0) return w.toLowerCase();
    return acronymFor(w, acronyms) ?? cap(w);
  });
  return safeStart(out.join(''));
}

/** `vector_stores` → `VectorStores`, `api_key` → `APIKey`. */
export function pascalCase(input: string, acronyms: readonly string[] = DEFAULT_ACRONYMS): string {
  return safeStart(
    words(input)
      .map((w) => acronymFor(w, acronyms) ?? cap(w))
      .join(''),
  );
}

/**
 * A type name for a schema name: an identifier of letters and digits keeps its spelling (first
 * letter upper-cased); anything else (`Apps_list_response`, `Error-2`) becomes PascalCase words,
 * each keeping its inner capitals.
 */
export function typeIdentifier(input: string): string {
  if (/^[A-Za-z][A-Za-z0-9]*$/.test(input)) return input.charAt(0).toUpperCase() + input.slice(1);
  const ws = words(input);
  return safeStart(ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(''));
}

/** An identifier cannot be empty or start with a digit. */
function safeStart(id: string): string {
  if (id === '') return '_';
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

/** `Runs` → `Run`, `Batches` → `Batch`, `Entries` → `Entry`. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(xes|ches|shes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** `Run` → `Runs`, `Batch` → `Batches`, `Entry` → `Entries`; a word already ending in `s` (`Details`) stays. */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(ss|us|is|x|ch|sh)$/.test(word)) return word + 'es';
  if (/s$/.test(word)) return word;
  return word + 's';
}

/** JavaScript/TypeScript reserved and contextual words that cannot name a parameter or a type. */
export const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with implements interface let ' +
    'package private protected public static yield await any boolean number string symbol bigint object never unknown undefined ' +
    'type keyof readonly infer is asserts declare namespace module abstract as async constructor get set of require global'
  ).split(' '),
);

/** Globals a generated type must not shadow (the generated code or its users rely on them). */
export const GLOBAL_NAMES = new Set(
  (
    'Array ArrayBuffer Blob Boolean DataView Date Error EvalError File FormData Function Headers Infinity Intl JSON Map Math NaN ' +
    'Number Object Partial Pick Omit Promise PromiseLike Proxy RangeError ReadableStream Readonly Record ReferenceError Reflect ' +
    'RegExp Request Required Response Set String Symbol SyntaxError TextDecoder TextEncoder TypeError URIError URL ' +
    'URLSearchParams Uint8Array WeakMap WeakSet AbortController AbortSignal AsyncIterable Iterable Exclude Extract NonNullable ' +
    'ReturnType Parameters Awaited BigInt WebSocket Event EventTarget crypto fetch globalThis'
  ).split(' '),
);

/** Names exported by the runtime (`templates/runtime/CONTRACT.md`) that generated code imports. */
export const RUNTIME_NAMES = new Set(
  (
    'APIPromise APIResource BaseClient ClientOptions ClientConfig RequestOptions RequestSpec Stream Uploadable toFile ' +
    'isUploadable multipartBody AbstractPage CursorPage Page PagePromise PageConfig PageConstructor SDKError APIError ' +
    'BadRequestError AuthenticationError PermissionDeniedError NotFoundError ConflictError UnprocessableEntityError ' +
    'RateLimitError InternalServerError APIConnectionError APIConnectionTimeoutError APIUserAbortError ValidationError ' +
    'Logger LogLevel Webhooks path stringifyQuery'
  ).split(' '),
);

/** A parameter/variable name that is not a reserved word: `class` → `class_`. */
export function safeValueName(id: string): string {
  return RESERVED_WORDS.has(id) ? `${id}_` : id;
}
