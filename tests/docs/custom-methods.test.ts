import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customMethods, publicMethods } from '../../generator/emit/docs/custom-methods.js';
import type { SdkSettings } from '../../generator/emit/types.js';
import { ROOT } from './helpers.js';

const CLASS = `
import { Generated } from './gen.js';
export class Other { other(): void {} }
export class Things extends Generated {
  #secret = 1;
  static make(): Things { return new Things(); }
  private hidden(): void {}
  protected inner(): void {}
  count = 0;
  get size(): number { return 1; }
  run(a: string): void;
  run(a: number): void;
  run(a: unknown): void {}
  override list(): void {}
  async uploadAndPoll(): Promise<void> {}
  'quoted'(): void {}
}
`;

describe('publicMethods: what a custom resource class adds to the client', () => {
  const cases: { name: string; text: string; cls: string; want: string[] }[] = [
    { name: 'public instance methods, overloads once, overrides included', text: CLASS, cls: 'Things', want: ['run', 'list', 'uploadAndPoll', 'quoted'] },
    { name: 'another class of the module', text: CLASS, cls: 'Other', want: ['other'] },
    { name: 'a class the module does not declare', text: CLASS, cls: 'Missing', want: [] },
  ];
  it.each(cases)('$name', ({ text, cls, want }) => {
    expect(publicMethods(text, cls)).toEqual(want);
  });
});

describe('customMethods: the SDK config custom.resources, by resource path', () => {
  it('reads the OpenAI config custom classes', () => {
    const custom = {
      dir: join(ROOT, 'spec', 'openai', 'lib'),
      resources: {
        'chat.completions': 'resources/chat-completions#Completions',
        'vectorStores.files': 'resources/vector-store-files#Files',
        missing: 'resources/no-such-module#X',
      },
    };
    const got = customMethods({ custom } as unknown as SdkSettings);
    expect(Object.fromEntries(got)).toEqual({
      'chat.completions': ['parse', 'stream', 'runTools'],
      'vectorStores.files': ['upload', 'uploadAndPoll'],
    });
  });

  it('is empty without custom code', () => {
    expect(customMethods({} as SdkSettings).size).toBe(0);
  });
});
