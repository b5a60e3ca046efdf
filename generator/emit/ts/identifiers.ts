/**
 * Turning arbitrary spec strings into safe TypeScript: identifiers, property keys and string
 * literals. Nothing a spec contains can escape the token it is printed into.
 */

/** Words that cannot be a binding name (ECMAScript reserved + strict-mode + TS type keywords). */
export const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'implements', 'interface', 'let', 'package', 'private',
  'protected', 'public', 'static', 'yield', 'await', 'arguments', 'eval', 'any', 'unknown', 'never',
  'number', 'string', 'boolean', 'symbol', 'object', 'bigint', 'undefined', 'type', 'as', 'async',
  'of', 'keyof', 'readonly', 'declare', 'namespace', 'module', 'infer', 'is', 'asserts', 'require',
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `name` can be written as a bare property key (`{ name: ... }`). */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** A single-quoted string literal; escapes quotes, backslashes, newlines and other controls. */
export function quote(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === "'") out += "\\'";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += '\\u' + code.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + "'";
}

/**
 * A property key for an object type or literal. Identifiers stay bare; anything else
 * (`kebab-case`, `with space`, `__proto__`) is quoted. `__proto__` is always quoted so an
 * object literal never sets the prototype.
 */
export function propertyKey(name: string): string {
  return isIdentifier(name) && name !== '__proto__' ? name : quote(name);
}

/**
 * A key for a runtime object literal. Even a quoted `'__proto__'` key sets the prototype in an
 * object literal, so that one (and only that one) is written as a computed key.
 */
export function valueKey(name: string): string {
  return name === '__proto__' ? `[${quote(name)}]` : propertyKey(name);
}

/** Splits a name into words: `vector_stores`, `vectorStores`, `Vector-Stores` → vector, stores. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** `vector_stores` → `VectorStores`. Never empty, never starts with a digit. */
export function pascalCase(name: string): string {
  const out = words(name)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  if (!out) return 'Unnamed';
  return /^[0-9]/.test(out) ? `_${out}` : out;
}

/** `vector_stores` → `vectorStores`. Never empty, never starts with a digit. */
export function camelCase(name: string): string {
  const p = pascalCase(name);
  return p.startsWith('_') ? p : p[0]!.toLowerCase() + p.slice(1);
}

/** `vectorStores` → `vector-stores` (file and folder names). */
export function kebabCase(name: string): string {
  return words(name).join('-').toLowerCase() || 'unnamed';
}

/** A safe binding name: identifier characters only, reserved words get a trailing `_`. */
export function safeIdentifier(name: string): string {
  let out = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (!out || /^[0-9]/.test(out)) out = `_${out}`;
  return RESERVED.has(out) ? `${out}_` : out;
}
