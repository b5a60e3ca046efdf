import { rmSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { settingsFrom } from '../emit/settings.js';
import { SdkgenError } from '../errors.js';
import { loadSpec } from '../load/index.js';
import { parseSpec } from '../parse/index.js';
import { resolveInput } from './input.js';
import { CONFIG_NAMES, findConfigFile } from './load.js';
import { isUrl } from './schema.js';

export const INIT_FORMATS = ['ts', 'mjs', 'json', 'yaml'] as const;
export type InitFormat = (typeof INIT_FORMATS)[number];

export interface InitOptions {
  /** Spec path (relative to `dir`) or http(s) URL, as it will be written in the config. */
  input: string;
  /** Folder the config is written to (default: the working folder). */
  dir?: string;
  output?: string;
  name?: string;
  format?: InitFormat;
  /** Overwrite an existing config. */
  force?: boolean;
}

/** The starter config's text in one of the formats. */
export function starterConfig(
  format: InitFormat,
  entry: { input: string; output: string; name: string },
): string {
  const json = JSON.stringify(entry, null, 2);
  switch (format) {
    case 'json':
      return `${json}\n`;
    case 'yaml':
      return [
        '# sdkgen config: `npx sdkgen generate` writes the SDK package to `output`;',
        '# `npx sdkgen generate --check` exits 1 when it is out of date (for CI).',
        `input: ${JSON.stringify(entry.input)}`,
        `output: ${JSON.stringify(entry.output)}`,
        `name: ${JSON.stringify(entry.name)}`,
        '# sdk: ./api.sdk.yaml   # SDK options (client name, credentials, resources, ...), or inline',
        '',
      ].join('\n');
    default: {
      const body = json.replace(
        /\n}$/,
        ',\n  // sdk: { client: { name: "MyApi" } }, // SDK options inline, or the path of a *.sdk.yaml\n}',
      );
      return `import { defineConfig } from 'sdkgen';\n\nexport default defineConfig(${body});\n`;
    }
  }
}

/**
 * `sdkgen init`: checks that the spec loads (fetching a URL), then writes a starter
 * `sdkgen.config.<format>` naming it, with an output folder and package name derived from the
 * spec. Returns the file written. An existing config is kept unless `force`.
 */
export async function initProject(options: InitOptions): Promise<{ file: string; operations: number }> {
  const dir = resolve(options.dir ?? process.cwd());
  const format = options.format ?? 'ts';
  const existing = findConfigFile(dir);
  if (existing && !options.force)
    throw new SdkgenError({
      level: 'error',
      stage: 'config',
      file: existing,
      message: 'a config file already exists',
      expected: 'no sdkgen.config.* yet, or --force to replace it',
    });
  const remote = isUrl(options.input);
  const input = remote || isAbsolute(options.input) ? options.input : resolve(dir, options.input);
  const resolved = await resolveInput({
    input,
    output: dir,
    strict: false,
    sourcesOnly: false,
    pointer: '#',
  });
  const ir = parseSpec(await loadSpec(resolved.path));
  const name = options.name ?? settingsFrom(ir).packageName;
  const output = options.output ?? join('sdk', basename(name));
  const written = remote ? options.input : relative(dir, input) || basename(input);
  const file = join(dir, `sdkgen.config.${format}`);
  if (!CONFIG_NAMES.includes(basename(file))) throw new Error(`unknown format ${format}`);
  writeFileSync(
    file,
    starterConfig(format, {
      input: written.startsWith('.') || remote || isAbsolute(written) ? written : `./${written}`,
      output: `./${output}`,
      name,
    }),
  );
  if (existing && existing !== file) rmSync(existing); // --force: the new config replaces the old one
  return { file, operations: ir.operations.length };
}
