import { describe, expect, it } from 'vitest';
import { lineOf } from '../../generator/load/lines.js';

const text = `openapi: 3.1.0
info:
  title: Lines
paths:
  /pets:
    get:
      parameters:
        - name: a
        - name: b
          in: query
`;

describe('lineOf', () => {
  it.each([
    ['#', 1],
    ['#/openapi', 1],
    ['#/info/title', 3],
    ['#/paths/~1pets', 5],
    ['#/paths/~1pets/get/parameters/1', 9],
    ['#/paths/~1pets/get/parameters/1/in', 10],
    ['#/paths/~1pets/get/parameters/7', 7],
    ['#/paths/~1pets/post/responses', 5],
  ])('%s is on line %i', (pointer, line) => {
    expect(lineOf('/virtual/lines.yaml', pointer, text)).toBe(line);
  });

  it('gives up quietly on a file that cannot be read', () => {
    expect(lineOf('/no/such/file.yaml', '#/a')).toBeUndefined();
  });
});
