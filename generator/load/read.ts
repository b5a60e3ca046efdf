import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { SdkgenError } from '../errors.js';
import { loadError } from './problems.js';

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
const YAML_OPTIONS = { uniqueKeys: false, merge: false, prettyErrors: false, logLevel: 'silent' } as const;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Parses YAML or JSON text; a syntax error becomes an `SdkgenError` with the line. */
export function parseText(path: string, text: string): unknown {
  if (path.endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not strict JSON: YAML is a superset, let it report the position.
    }
  }
  try {
    return parseYaml(text, YAML_OPTIONS) as unknown;
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      const message = error.message.split('\n')[0] ?? error.message;
      throw new SdkgenError({
        level: 'error',
        stage: 'load',
        file: path,
        ...(line ? { line } : {}),
        message: `malformed YAML: ${message}`,
        expected: 'valid YAML or JSON',
      });
    }
    throw error;
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
      throw loadError(
        referencedFrom.file,
        referencedFrom.pointer,
        `$ref points at ${path}, which cannot be read (${code})`,
        'an existing, readable YAML or JSON file',
      );
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
