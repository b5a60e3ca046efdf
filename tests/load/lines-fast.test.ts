import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { fastLineOf } from '../../generator/load/lines-fast.js';

/** Oracle: the line of every key and list item, from the yaml package's own parse. */
function linesByPointer(text: string): Map<string, number> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const out = new Map<string, number>();
  const walk = (node: unknown, tokens: string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = String((pair.key as { value?: unknown }).value);
        const next = [...tokens, key];
        out.set(next.join('\0'), counter.linePos((pair.key as Node).range![0]).line);
        walk(pair.value, next);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const next = [...tokens, String(i)];
        if (!isScalar(item) || item.range)
          out.set(next.join('\0'), counter.linePos((item as Node).range![0]).line);
        walk(item, next);
      });
    }
  };
  walk(doc.contents, []);
  return out;
}

/** Checks every `step`-th pointer (each lookup scans the file, so big files are sampled). */
function compare(text: string, step = 1): { checked: number; answered: number; wrong: string[] } {
  const lines = text.split('\n');
  const wrong: string[] = [];
  let answered = 0;
  let checked = 0;
  let index = 0;
  for (const [key, line] of linesByPointer(text)) {
    if (index++ % step !== 0) continue;
    checked++;
    const fast = fastLineOf(lines, key.split('\0'));
    if (fast === undefined) continue;
    answered++;
    if (fast !== line) wrong.push(`${key.replace(/\0/g, '/')}: ${fast} != ${line}`);
  }
  return { checked, answered, wrong };
}

const specs = '/work/shared/specs';
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'load');

describe('fastLineOf agrees with the yaml parser', () => {
  it.each([
    [
      'block maps, lists, quoted keys',
      `a:\n  'b/c':\n    - x\n    - name: y\n      in: q\n  "d e": |\n    text\n    more: not a key\n  f: 1\n`,
    ],
    ['an empty list item and comments', `# head\nlist:\n  -\n    k: v\n  # note\n  - k: w\n`],
    ['multi-line plain scalars', `a:\n  description: first\n    second line, still text\n  next: 2\n`],
  ])('%s', (_what, text) => {
    const result = compare(text);
    expect(result.wrong).toEqual([]);
    expect(result.answered).toBe(result.checked);
  });

  it.each([
    ['multi-file fixture', join(fixtures, 'multi', 'paths', 'pets.yaml'), 1],
    ['DigitalOcean entry', `${specs}/digitalocean/DigitalOcean-public.v2.yaml`, 3],
    ['DigitalOcean droplet model', `${specs}/digitalocean/resources/droplets/models/droplet.yml`, 1],
    ['OpenAI spec', `${specs}/openai/openapi.yaml`, 997],
  ])('on %s, answering almost everything', (_what, file, step) => {
    const result = compare(readFileSync(file, 'utf8'), step);
    expect(result.wrong).toEqual([]);
    expect(result.answered / result.checked).toBeGreaterThan(0.95);
  });

  it.each([
    ['a flow collection', 'a: {b: 1}\n', ['a', 'b']],
    ['an anchor', 'a: &x\n  b: 1\n', ['a', 'b']],
    ['a missing key', 'a:\n  b: 1\n', ['a', 'c']],
    ['a scalar item', 'a:\n  - x\n', ['a', '0', 'b']],
  ])('declines %s', (_what, text, tokens) => {
    expect(fastLineOf(text.split('\n'), tokens)).toBeUndefined();
  });
});
