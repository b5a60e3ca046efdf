import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SdkgenError } from '../errors.js';
import { display, loadError } from './problems.js';
import { parseYamlFast } from './yaml-fast.js';
import { yamlPackage } from './yaml-package.js';

/** One spec file as read from disk: its bytes' hash, its text and its parsed value. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  sha256: string;
  text: string;
  value: unknown;
}

/**
 * Options for the `yaml` package chosen for speed: no duplicate-key scan, no merge keys, no
 * pretty error context (we compute our own), YAML 1.2 core schema.
 */
const YAML_OPTIONS = { uniqueKeys: false, merge: false, prettyErrors: false, logLevel: 'error' } as const;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function syntaxError(
  path: string,
  kind: 'YAML' | 'JSON',
  message: string,
  line: number | undefined,
): SdkgenError {
  return new SdkgenError({
    level: 'error',
    stage: 'load',
    file: path,
    ...(line ? { line } : {}),
    message: `malformed ${kind}: ${message.split('\n')[0]}`,
    expected: kind === 'JSON' ? 'valid JSON' : 'valid YAML',
  });
}

/** Parses YAML, or JSON for `.json` files; a syntax error becomes an `SdkgenError` with the line. */
export function parseText(path: string, text: string): unknown {
  if (path.endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
      throw syntaxError(
        path,
        'JSON',
        (error as Error).message,
        position ? lineAt(text, Number(position)) : undefined,
      );
    }
  }
  // Most specs are plain block YAML: read those fast; anything else (and every error) goes to `yaml`.
  const fast = parseYamlFast(text);
  if (fast) return fast.value;
  const yaml = yamlPackage();
  try {
    return yaml.parse(text, YAML_OPTIONS) as unknown;
  } catch (error) {
    if (!(error instanceof yaml.YAMLParseError)) throw error;
    throw syntaxError(path, 'YAML', error.message, lineAt(text, error.pos[0]));
  }
}

/**
 * Reads and parses one file (synchronously: the bundler reads thousands of small files in
 * order). A missing file is reported at the `$ref` that named it, when there is one.
 */
export function readSource(path: string, referencedFrom?: { file: string; pointer: string }): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (referencedFrom) {
      const problem = loadError(
        referencedFrom.file,
        referencedFrom.pointer,
        `$ref points at ${display(path)}, which cannot be read (${code})`,
        'an existing, readable YAML or JSON file',
      );
      for (const d of problem.diagnostics) d.awaits = resolve(path);
      throw problem;
    }
    throw new SdkgenError({
      level: 'error',
      stage: 'load',
      file: path,
      message: `cannot read spec file (${code})`,
      expected: 'an existing, readable YAML or JSON file',
    });
  }
  const text = bytes.toString('utf8');
  return { path, sha256: sha256(bytes), text, value: parseText(path, text) };
}
