import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYamlFast } from '../../generator/load/yaml-fast.js';

const OPTIONS = { uniqueKeys: false, merge: false, prettyErrors: false, logLevel: 'error' } as const;

/** given YAML → want value; each must also be what `yaml.parse` gives. */
const handled: [string, string, unknown][] = [
  ['block map and sequence', 'a: 1\nb:\n  - x\n  - y\n', { a: 1, b: ['x', 'y'] }],
  ['sequence at the key indent', 'a:\n- 1\n- 2\nb: c\n', { a: [1, 2], b: 'c' }],
  [
    'compact map in a sequence',
    'l:\n  - name: a\n    in: path\n  - name: b\n',
    { l: [{ name: 'a', in: 'path' }, { name: 'b' }] },
  ],
  ['nested compact sequences', 'l:\n- - 1\n  - 2\n- - 3\n', { l: [[1, 2], [3]] }],
  [
    'core schema scalars',
    'a: null\nb: ~\nc: true\nd: False\ne: 0o17\nf: -12\ng: 0x1F\nh: 1.50\ni: 1e3\nj: .inf\nk: 2024-01-01\nl: "1"\nm:\n',
    {
      a: null,
      b: null,
      c: true,
      d: false,
      e: 15,
      f: -12,
      g: 31,
      h: 1.5,
      i: 1000,
      j: Infinity,
      k: '2024-01-01',
      l: '1',
      m: null,
    },
  ],
  [
    'keys by the core schema',
    "200: ok\n'201': made\nnull: n\ntrue: t\n1.0: f\n",
    { '200': 'ok', '201': 'made', '': 'n', true: 't', '1': 'f' },
  ],
  ['multi-line plain scalar, folded', 'd: one\n  two\n\n  three\nn: 1\n', { d: 'one two\nthree', n: 1 }],
  ['plain scalar with a comment and colons', 'u: http://x/y # c\nt: a:b\n', { u: 'http://x/y', t: 'a:b' }],
  [
    'double quotes: escapes and folding',
    'a: "t\\tq\\"\\u00e9\\x41 \n  next\\\n  joined\n\n  para"\n',
    { a: 't\tq"éA nextjoined\npara' },
  ],
  ['single quotes', "a: 'it''s'\nb: 'x\n  y'\n", { a: "it's", b: 'x y' }],
  [
    'literal block, chomping',
    'a: |\n  x\n   y\n\nb: |-\n  x\nc: |+\n  x\n\nd: 1\n',
    { a: 'x\n y\n', b: 'x', c: 'x\n\n', d: 1 },
  ],
  [
    'folded block, more-indented lines',
    'a: >\n  one\n  two\n\n    code\n  three\n',
    { a: 'one two\n\n  code\nthree\n' },
  ],
  ['empty keep block', 'a: |+\n    \nb: 1\n', { a: '\n', b: 1 }],
  [
    'flow collections over lines',
    'a: {x: 1, "y": [a, \'b\', {}], z: }\nb: [\n    1,\n    2, # c\n  ]\n',
    { a: { x: 1, y: ['a', 'b', {}], z: null }, b: [1, 2] },
  ],
  ['repeated key: first place, last value', 'a: 1\nb: 2\na: 3\n', { a: 3, b: 2 }],
  ['comments and blank lines', '# head\na:   # c\n\n  # inner\n  b: 1\n', { a: { b: 1 } }],
  ['no final line break', 'a: |\n  x', { a: 'x\n' }],
];

/** YAML the fast reader leaves to the `yaml` package. */
const bailed: [string, string][] = [
  ['anchor and alias', 'a: &x 1\nb: *x\n'],
  ['tag', 'a: !!str 1\n'],
  ['complex key', '? a\n: 1\n'],
  ['several documents', 'a: 1\n---\nb: 2\n'],
  ['directive', '%YAML 1.2\n---\na: 1\n'],
  ['indentation indicator', 'a: |2\n   x\n'],
  ['tab indentation', 'a:\n\tb: 1\n'],
  ['unclosed quote (an error)', 'a: "x\n'],
  ['nested mapping on a value line (an error)', 'a: b: c\n'],
  ['bad indentation (an error)', 'a: 1\n  b: 2\n'],
  ['CRLF line breaks', 'a: 1\r\nb: 2\r\n'],
];

describe('fast YAML reader', () => {
  it.each(handled)('%s', (_name, given, want) => {
    expect(parseYamlFast(given)).toEqual({ value: want });
    expect(parseYamlFast(given)!.value).toStrictEqual(parse(given, OPTIONS));
  });

  it.each(bailed)('leaves %s to the yaml package', (_name, given) => {
    expect(parseYamlFast(given)).toBeUndefined();
  });

  it('defines a __proto__ key as data, never as the prototype', () => {
    const got = parseYamlFast('__proto__: {polluted: 1}\n')!.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(Object.keys(got)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const SPECS = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('agrees with the yaml package on real specs', () => {
  it('reads the OpenAI spec and a 3 MB history version itself, with the same value', () => {
    for (const file of [
      join(SPECS, 'openai', 'openapi.yaml'),
      join(SPECS, 'openai', 'history', '13c6a94.yaml'),
    ]) {
      const text = readFileSync(file, 'utf8');
      const fast = parseYamlFast(text);
      expect(fast, `${file} fell back`).toBeDefined();
      expect(isDeepStrictEqual(fast!.value, parse(text, OPTIONS)), file).toBe(true);
    }
  });

  it('gives the same value as yaml on every small history version and DigitalOcean file it reads', () => {
    const files = [
      ...yamlFiles(join(SPECS, 'openai', 'history')).filter((f) => statSync(f).size < 1_000_000),
      ...yamlFiles(join(SPECS, 'digitalocean')),
    ];
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = parseYamlFast(text);
      if (!fast) continue;
      read++;
      expect(isDeepStrictEqual(fast.value, parse(text, OPTIONS)), file).toBe(true);
    }
    // Most files are plain block YAML; the rest (anchors, indentation indicators) fell back.
    expect(read).toBeGreaterThan(files.length * 0.9);
  });
});
