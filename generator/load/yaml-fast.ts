import { blockScalar } from './yaml-block.js';
import { flowNode, setKey } from './yaml-flow.js';
import { BLANK } from './yaml-lines.js';
import { PlainLines } from './yaml-plain.js';
import { BAIL, bail, doubleQuoted, keyOf, resolvePlain, singleQuoted } from './yaml-scalars.js';

/**
 * A fast reader for the block-style YAML that API specs are written in: block mappings and
 * sequences, plain, quoted and block scalars, flow collections, comments. It returns exactly what
 * `yaml.parse(text, { uniqueKeys: false, merge: false })` returns, or `undefined` as soon as it
 * meets anything else (anchors, aliases, tags, `?` keys, directives, several documents, tabs as
 * indentation, syntax errors), so the caller falls back to the `yaml` package, which also gives the
 * error messages. `tests/load/yaml-fast.test.ts` checks it against `yaml` on every real spec.
 */
export function parseYamlFast(text: string): { value: unknown } | undefined {
  if (text.includes('\r')) return undefined;
  try {
    // A missing final line break changes no value (block scalars at the end included).
    return { value: new BlockReader(text.endsWith('\n') ? text : `${text}\n`).document() };
  } catch (error) {
    if (error === BAIL || error instanceof RangeError) return undefined;
    throw error;
  }
}

class BlockReader extends PlainLines {
  document(): unknown {
    const first = this.next(0);
    if (first === this.kind.length) bail();
    const head = this.text.slice(this.starts[first], this.starts[first]! + 3);
    if (head === '---' || head === '...' || head.startsWith('%')) bail();
    const value = this.node(-1);
    if (this.next(this.line) !== this.kind.length) bail();
    return value;
  }

  /** A node starting on a fresh line, more indented than `parent`; null when there is none. */
  private node(parent: number): unknown {
    const i = this.next(this.line);
    if (i === this.kind.length || this.indent[i]! <= parent) return null;
    if (this.text[this.at(i)] === '\t') bail();
    if (this.isDash(i)) return this.seq(this.indent[i]!);
    if (this.keyAt(i, this.at(i))) return this.map(this.indent[i]!);
    this.line = i;
    return this.inline(i, this.at(i), parent);
  }

  /** The last `keyAt` answer: a line is asked twice (is it a key? then: read it). */
  private lastKey: { p: number; entry: { key: string; value: number } | undefined } = {
    p: -1,
    entry: undefined,
  };

  /** The key of a `key: value` line whose key starts at `p`, and where its value starts. */
  private keyAt(i: number, p: number): { key: string; value: number } | undefined {
    if (this.lastKey.p === p) return this.lastKey.entry;
    const entry = this.readKey(i, p);
    this.lastKey = { p, entry };
    return entry;
  }

  private readKey(i: number, p: number): { key: string; value: number } | undefined {
    const text = this.text;
    const end = this.starts[i + 1]! - 1;
    const c = text[p]!;
    let key: string;
    let q: number;
    if (c === '"' || c === "'") {
      const close = c === '"' ? text.indexOf('"', p + 1) : text.indexOf("'", p + 1);
      if (close === -1 || close > end) return undefined;
      [key, q] = c === '"' ? doubleQuoted(text, p) : singleQuoted(text, p);
      if (q > end) return undefined;
      while (text[q] === ' ') q++;
      if (text[q] !== ':' || (text[q + 1] !== ' ' && text[q + 1] !== '\n')) return undefined;
    } else {
      if ('[{'.includes(c)) return undefined;
      if ('&*!|>%@`?,]}#\t'.includes(c)) bail();
      q = p;
      for (;;) {
        q = text.indexOf(':', q);
        if (q === -1 || q >= end) return undefined;
        if (text[q + 1] === ' ' || text[q + 1] === '\n') break;
        q++;
      }
      const raw = text.slice(p, q);
      if (raw.includes(' #') || raw.includes('\t#')) return undefined;
      key = keyOf(resolvePlain(raw.trimEnd()));
    }
    q++;
    while (text[q] === ' ') q++;
    return { key, value: q };
  }

  private map(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      const i = this.next(this.line);
      if (i === this.kind.length || this.indent[i]! < indent) return out;
      if (this.indent[i]! > indent) bail();
      const entry = this.keyAt(i, this.at(i));
      if (!entry) return out; // a `- item` after a same-indent sequence value, or an error
      let value: unknown;
      const c = this.text[entry.value];
      if (c === '\n' || c === '#') {
        this.line = i + 1;
        const j = this.next(this.line);
        value =
          j < this.kind.length && this.indent[j] === indent && this.isDash(j)
            ? this.seq(indent)
            : this.node(indent);
      } else {
        this.line = i;
        value = this.inline(i, entry.value, indent);
      }
      setKey(out, entry.key, value);
    }
  }

  private seq(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const i = this.next(this.line);
      if (i === this.kind.length || this.indent[i]! < indent || !this.isDash(i)) return out;
      if (this.indent[i]! > indent) bail();
      let p = this.at(i) + 1;
      while (this.text[p] === ' ') p++;
      const c = this.text[p];
      if (c === '\n' || c === '#') {
        this.line = i + 1;
        out.push(this.node(indent));
      } else if (c === '-' && (this.text[p + 1] === ' ' || this.text[p + 1] === '\n')) {
        // `- - item`: a sequence whose column is that of its first dash.
        this.indent[i] = p - this.starts[i]!;
        this.line = i;
        out.push(this.seq(this.indent[i]!));
      } else if (this.keyAt(i, p)) {
        // `- key: value`: a mapping whose column is that of its first key.
        this.indent[i] = p - this.starts[i]!;
        this.line = i;
        out.push(this.map(this.indent[i]!));
      } else {
        this.line = i;
        out.push(this.inline(i, p, indent));
      }
    }
  }

  /** A value starting at offset `p` of line `i`, inside a collection indented `parent`. */
  private inline(i: number, p: number, parent: number): unknown {
    const text = this.text;
    const c = text[p]!;
    if (c === '|' || c === '>') {
      const [value, next] = blockScalar(text, this.starts, i, p, parent);
      this.line = next;
      return value;
    }
    if (c === '"' || c === "'" || c === '[' || c === '{') {
      const [value, end] =
        c === '"' ? doubleQuoted(text, p) : c === "'" ? singleQuoted(text, p) : flowNode(text, p);
      this.finish(i, end, parent);
      return value;
    }
    if ('&*!%@`?:,]}#'.includes(c) || (c === '-' && text[p + 1] === ' ')) bail();
    return this.plain(i, p, parent);
  }

  /** After a quoted scalar or flow collection ending at `end`: only a comment may follow. */
  private finish(i: number, end: number, parent: number): void {
    let last = i;
    while (this.starts[last + 1]! <= end) {
      last++;
      if (this.kind[last] !== BLANK && this.indent[last]! <= parent) bail();
    }
    const rest = this.text.slice(end, this.starts[last + 1]! - 1);
    if (!/^(?:[ \t]+(?:#.*)?)?$/.test(rest)) bail();
    this.line = last + 1;
  }
}
