import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LoadedSpec } from './types.js';

/**
 * Loads a spec file (YAML or JSON). Minimal first version: one file, local refs only.
 * TODO(load): external refs, structural validation, line numbers, content-hash cache.
 */
export async function loadSpec(file: string): Promise<LoadedSpec> {
  const path = resolve(file);
  const bytes = await readFile(path);
  const text = bytes.toString('utf8');
  const document = (path.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>;
  return {
    document,
    file: path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    locate: () => ({ file: path }),
  };
}
