import { describe, expect, it } from 'vitest';
import type { ParamStyle } from '../../../templates/runtime/core/param-style.js';
import { stringifyQuery } from '../../../templates/runtime/core/query.js';

const arr = ['blue', 'black', 'brown'];
const obj = { R: 100, G: 200, B: 150 };

// The examples of OpenAPI 3.0.3's style table (4.7.12.4), plus brackets, content and reserved characters.
const cases: { name: string; value: unknown; style?: ParamStyle; want: string }[] = [
  { name: 'form explode: scalar', value: 'blue', style: { style: 'form', explode: true }, want: 'color=blue' },
  { name: 'form explode: array', value: arr, style: { style: 'form', explode: true }, want: 'color=blue&color=black&color=brown' },
  { name: 'form explode (default): object', value: obj, style: { style: 'form' }, want: 'R=100&G=200&B=150' },
  { name: 'form: array', value: arr, style: { style: 'form', explode: false }, want: 'color=blue,black,brown' },
  { name: 'form: object', value: obj, style: { style: 'form', explode: false }, want: 'color=R,100,G,200,B,150' },
  { name: 'spaceDelimited: array', value: arr, style: { style: 'spaceDelimited' }, want: 'color=blue%20black%20brown' },
  { name: 'spaceDelimited: object', value: obj, style: { style: 'spaceDelimited' }, want: 'color=R%20100%20G%20200%20B%20150' },
  { name: 'spaceDelimited explode: array', value: arr, style: { style: 'spaceDelimited', explode: true }, want: 'color=blue&color=black&color=brown' },
  { name: 'pipeDelimited: array', value: arr, style: { style: 'pipeDelimited' }, want: 'color=blue|black|brown' },
  { name: 'pipeDelimited: object', value: obj, style: { style: 'pipeDelimited' }, want: 'color=R|100|G|200|B|150' },
  { name: 'deepObject: object', value: obj, style: { style: 'deepObject', explode: true }, want: 'color[R]=100&color[G]=200&color[B]=150' },
  { name: 'deepObject: nested', value: { a: { b: 1 } }, style: { style: 'deepObject' }, want: 'color[a][b]=1' },
  { name: 'brackets: array', value: arr, style: { style: 'brackets' }, want: 'color[]=blue&color[]=black&color[]=brown' },
  { name: 'no style: brackets', value: { k: [1, 2] }, want: 'color[k][]=1&color[k][]=2' },
  { name: 'values are percent-encoded', value: ['a b', 'c&d'], style: { style: 'form', explode: false }, want: 'color=a%20b,c%26d' },
  { name: 'JSON content', value: { a: [1] }, style: { style: 'form', contentType: 'application/json' }, want: 'color=%7B%22a%22%3A%5B1%5D%7D' },
  { name: 'text content', value: 'x y', style: { style: 'form', contentType: 'text/plain' }, want: 'color=x%20y' },
  { name: 'allowReserved keeps :/?', value: 'a:/b?c,d', style: { style: 'form', allowReserved: true }, want: 'color=a:/b?c,d' },
  { name: 'allowReserved still encodes & = #', value: 'a&b=c#d', style: { style: 'form', allowReserved: true }, want: 'color=a%26b%3Dc%23d' },
  { name: 'null: empty value', value: null, style: { style: 'form' }, want: 'color=' },
  { name: 'undefined: nothing', value: undefined, style: { style: 'pipeDelimited' }, want: '' },
  { name: 'date: ISO', value: new Date(Date.UTC(2024, 0, 2)), style: { style: 'form' }, want: 'color=2024-01-02T00%3A00%3A00.000Z' },
];

describe('query parameter styles', () => {
  it.each(cases)('$name', ({ value, style, want }) => {
    expect(stringifyQuery({ color: value }, style ? { color: style } : undefined)).toBe(want);
  });

  it('styles apply by key; other keys keep brackets', () => {
    const got = stringifyQuery({ a: [1, 2], b: [3, 4] }, { a: { style: 'pipeDelimited' } });
    expect(got).toBe('a=1|2&b[]=3&b[]=4');
  });
});
