import { describe, expect, it } from 'vitest';
import { cookieHeader, headerParam } from '../../../templates/runtime/core/header-styles.js';
import type { ParamStyle } from '../../../templates/runtime/core/param-style.js';
import { path, pathParam } from '../../../templates/runtime/core/path.js';

const arr = ['blue', 'black', 'brown'];
const obj = { R: 100, G: 200, B: 150 };

// OpenAPI 3.0.3's style table for path parameters (name `color`).
const pathCases: { name: string; value: unknown; style: ParamStyle; want: string }[] = [
  { name: 'simple scalar', value: 'blue', style: { style: 'simple' }, want: 'blue' },
  { name: 'simple array', value: arr, style: { style: 'simple' }, want: 'blue,black,brown' },
  { name: 'simple object', value: obj, style: { style: 'simple' }, want: 'R,100,G,200,B,150' },
  { name: 'simple object explode', value: obj, style: { style: 'simple', explode: true }, want: 'R=100,G=200,B=150' },
  { name: 'label scalar', value: 'blue', style: { style: 'label' }, want: '.blue' },
  { name: 'label array', value: arr, style: { style: 'label' }, want: '.blue,black,brown' },
  { name: 'label array explode', value: arr, style: { style: 'label', explode: true }, want: '.blue.black.brown' },
  { name: 'label object', value: obj, style: { style: 'label' }, want: '.R,100,G,200,B,150' },
  { name: 'label object explode', value: obj, style: { style: 'label', explode: true }, want: '.R=100.G=200.B=150' },
  { name: 'matrix scalar', value: 'blue', style: { style: 'matrix' }, want: ';color=blue' },
  { name: 'matrix array', value: arr, style: { style: 'matrix' }, want: ';color=blue,black,brown' },
  { name: 'matrix array explode', value: arr, style: { style: 'matrix', explode: true }, want: ';color=blue;color=black;color=brown' },
  { name: 'matrix object', value: obj, style: { style: 'matrix' }, want: ';color=R,100,G,200,B,150' },
  { name: 'matrix object explode', value: obj, style: { style: 'matrix', explode: true }, want: ';R=100;G=200;B=150' },
  { name: 'parts are encoded', value: ['a/b', 'c?d'], style: { style: 'simple' }, want: 'a%2Fb,c%3Fd' },
  { name: 'JSON content', value: { a: 1 }, style: { style: 'simple', contentType: 'application/json' }, want: '%7B%22a%22%3A1%7D' },
];

describe('path parameter styles', () => {
  it.each(pathCases)('$name', ({ value, style, want }) => {
    expect(path`/colors/${pathParam('color', value, style)}/x`).toBe(`/colors/${want}/x`);
  });

  it('plain values are still one encoded segment', () => {
    expect(path`/a/${'x/../y'}`).toBe('/a/x%2F..%2Fy');
  });

  it('a missing styled value is an error', () => {
    expect(() => pathParam('color', undefined, { style: 'label' })).toThrow(TypeError);
  });
});

const headerCases: { name: string; value: unknown; style: ParamStyle; want: string | null | undefined }[] = [
  { name: 'scalar', value: 5, style: { style: 'simple' }, want: '5' },
  { name: 'array', value: [3, 4, 5], style: { style: 'simple' }, want: '3,4,5' },
  { name: 'object', value: { role: 'admin', firstName: 'Alex' }, style: { style: 'simple' }, want: 'role,admin,firstName,Alex' },
  { name: 'object explode', value: { role: 'admin', firstName: 'Alex' }, style: { style: 'simple', explode: true }, want: 'role=admin,firstName=Alex' },
  { name: 'JSON content', value: { a: [1] }, style: { style: 'simple', contentType: 'application/json' }, want: '{"a":[1]}' },
  { name: 'undefined stays', value: undefined, style: { style: 'simple' }, want: undefined },
  { name: 'null stays', value: null, style: { style: 'simple' }, want: null },
];

describe('header parameter style', () => {
  it.each(headerCases)('$name', ({ value, style, want }) => {
    expect(headerParam(value, style)).toBe(want);
  });
});

const cookieCases: { name: string; values: Record<string, unknown>; styles?: Record<string, ParamStyle>; want: string | undefined }[] = [
  { name: 'scalars', values: { id: 5, lang: 'en us' }, want: 'id=5; lang=en%20us' },
  { name: 'array (form explode, default)', values: { id: [3, 4] }, want: 'id=3; id=4' },
  { name: 'array, explode false', values: { id: [3, 4] }, styles: { id: { style: 'form', explode: false } }, want: 'id=3,4' },
  { name: 'object explode', values: { o: { a: 1, b: 2 } }, want: 'a=1; b=2' },
  { name: 'object, explode false', values: { o: { a: 1 } }, styles: { o: { style: 'form', explode: false } }, want: 'o=a,1' },
  { name: 'JSON content', values: { o: { a: 1 } }, styles: { o: { style: 'form', contentType: 'application/json' } }, want: 'o=%7B%22a%22%3A1%7D' },
  { name: 'nothing set', values: { id: undefined }, want: undefined },
];

describe('cookie parameters', () => {
  it.each(cookieCases)('$name', ({ values, styles, want }) => {
    expect(cookieHeader(values, styles)).toBe(want);
  });
});
