import { readFileSync } from 'node:fs';
import type { LineCounter, Node } from 'yaml';
import { splitPointer } from '../util/pointer.js';
import { fastLineOf } from './lines-fast.js';
import { yamlPackage } from './yaml-package.js';

/**
 * Line numbers, computed lazily: only when something is reported. When the quick line search
 * cannot tell, the file is re-parsed into a YAML document with a `LineCounter` (kept per file
 * for the rest of the process) and the JSON pointer is followed through its nodes. A pointer that goes past what exists gives the line
 * of the deepest node that does exist.
 */
const texts = new Map<string, string[]>();
const documents = new Map<string, { root: unknown; counter: LineCounter }>();

function textOf(file: string, text?: string): string | undefined {
  if (text !== undefined) return text;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function documentOf(file: string, text?: string): { root: unknown; counter: LineCounter } | undefined {
  let entry = documents.get(file);
  if (!entry) {
    const source = textOf(file, text);
    if (source === undefined) return undefined;
    const yaml = yamlPackage();
    const counter = new yaml.LineCounter();
    const doc = yaml.parseDocument(source, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
    entry = { root: doc.contents, counter };
    documents.set(file, entry);
  }
  return entry;
}

/**
 * 1-based line of `pointer` (`#/a/b`) in `file`, or undefined when it cannot be told. Block-style
 * YAML is searched line by line (`lines-fast.ts`); anything else is parsed in full.
 */
export function lineOf(file: string, pointer: string, text?: string): number | undefined {
  let lines = texts.get(file);
  if (!lines && !file.endsWith('.json')) {
    const source = textOf(file, text);
    if (source === undefined) return undefined;
    texts.set(file, (lines = source.split('\n')));
  }
  const fast = lines ? fastLineOf(lines, splitPointer(pointer) ?? []) : undefined;
  return fast ?? fullLineOf(file, pointer, text);
}

function fullLineOf(file: string, pointer: string, text?: string): number | undefined {
  const entry = documentOf(file, text);
  if (!entry) return undefined;
  const { isMap, isSeq } = yamlPackage();
  let node = entry.root as Node | null | undefined;
  let offset = node?.range?.[0];
  for (const token of splitPointer(pointer) ?? []) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === token);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(token)] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : entry.counter.linePos(offset).line;
}

/** Forgets parsed documents (tests that rewrite a file call this). */
export function clearLineCache(): void {
  documents.clear();
  texts.clear();
}
