import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFolders } from './helpers.js';

const { folder, problem } = configFolders();

describe('config errors name the file, line, key and what is allowed', () => {
  it.each([
    [
      'an unknown key',
      'input: a.yaml\noutput: o\nouptut: p\n',
      3,
      '#/ouptut',
      /unknown key "ouptut"/,
      /one of .*input.*output.*name/,
    ],
    [
      'a wrong type',
      'input: a.yaml\noutput: [o]\n',
      2,
      '#/output',
      /expected a string, got/,
      /a folder path/,
    ],
    ['a missing input', 'output: o\n', 1, '#', /missing required key "input"/, /"input"/],
    [
      'a bad package name',
      'input: a.yaml\noutput: o\nname: Not A Name\n',
      3,
      '#/name',
      /is not an npm package name/,
      /npm package name/,
    ],
    [
      'a bad sha256',
      'input: a.yaml\noutput: o\nsha256: xyz\n',
      3,
      '#/sha256',
      /"xyz" is not 64/,
      /hex digits/,
    ],
    [
      'an unknown inline SDK key',
      'input: a.yaml\noutput: o\nsdk:\n  clinet: {}\n',
      4,
      '#/sdk/clinet',
      /unknown key "clinet"/,
      /client/,
    ],
    [
      'an sdk of the wrong type',
      'input: a.yaml\noutput: o\nsdk: 3\n',
      3,
      '#/sdk',
      /expected a path or a mapping/,
      /\*\.sdk\.yaml/,
    ],
    [
      'an entry of a list',
      '- input: a.yaml\n  output: o\n- input: b.yaml\n  strict: "yes"\n  output: p\n',
      4,
      '#/1/strict',
      /expected true or false/,
      /true or false/,
    ],
    ['an empty list', '[]\n', 1, '#', /list of SDKs is empty/, /at least one/],
    [
      'a duplicate id',
      '- { id: a, input: x, output: o }\n- { id: a, input: y, output: p }\n',
      1,
      '#',
      /id "a" is used twice/,
      /different id/,
    ],
    ['malformed YAML', 'input: [a\n', 2, undefined, /invalid YAML/, /mapping/],
  ])('%s', async (_what, text, line, pointer, message, expected) => {
    const d = folder({ 'sdkgen.config.yaml': text });
    const p = await problem(join(d, 'sdkgen.config.yaml'));
    expect(p).toMatchObject({ level: 'error', stage: 'config', file: join(d, 'sdkgen.config.yaml'), line });
    expect(p.pointer).toBe(pointer);
    expect(p.message).toMatch(message);
    expect(p.expected).toMatch(expected);
  });

  it.each([
    [
      'sdkgen.config.mjs',
      'export default { input: "a.yaml", output: "o", watch: true };',
      '#/watch',
      /unknown key "watch"/,
    ],
    [
      'sdkgen.config.ts',
      'export default [{ input: "a.yaml", output: 1 }];',
      '#/0/output',
      /expected a string/,
    ],
    ['sdkgen.config.ts', 'export default {;', undefined, /invalid TypeScript/],
    ['sdkgen.config.mjs', 'throw new Error("boom");', undefined, /cannot import the config: boom/],
    ['sdkgen.config.json', '{"input": "a.yaml",}', undefined, /invalid JSON/],
  ])('%s: %s', async (name, text, pointer, message) => {
    const d = folder({ [name]: text });
    const p = await problem(join(d, name));
    expect(p.file).toBe(join(d, name));
    expect(p.pointer).toBe(pointer);
    expect(p.message).toMatch(message);
  });
});
