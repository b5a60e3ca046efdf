import { describe, expect, it, vi } from 'vitest';
import { main } from '../../generator/cli.js';
import { GENERATE_OPTIONS, HELP, parseGenerateArgs } from '../../generator/commands/generate.js';

/** The options `generate --help` describes (lines `  --x` or `  --x VALUE ...`), with whether they take a value. */
const described = HELP.split('\n').flatMap((l) => {
  const m = /^ {2}(--[a-z-]+)( [A-Z])?/.exec(l);
  return m ? [{ option: m[1]!, valued: m[2] !== undefined }] : [];
});

describe('sdkgen generate --help', () => {
  it('describes every option generate accepts, and only those, as they are parsed', () => {
    expect(described.map((d) => d.option).sort()).toEqual([...GENERATE_OPTIONS].sort());
    for (const { option, valued } of described) {
      expect(() => parseGenerateArgs(valued ? [option, 'x'] : [option]), option).not.toThrow();
      if (valued) expect(() => parseGenerateArgs([option]), option).toThrow(/needs a value/);
    }
  });

  it('is what the CLI prints for generate --help (exit 0); the index points at it', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await main(['generate', '--help'])).toBe(0);
      expect(log.mock.calls.map((c) => String(c[0]))).toEqual([HELP]);
      log.mockClear();
      expect(await main(['--help'])).toBe(0);
      expect(String(log.mock.calls[0]![0])).toMatch(/^ {2}generate \[options\] .*generate --help$/m);
    } finally {
      log.mockRestore();
    }
  });
});
