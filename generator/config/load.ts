import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { SdkgenError } from '../errors.js';
import { splitPointer } from '../util/pointer.js';
import { configDiagnostic, registerLocator } from './errors.js';
import { CONFIG_SCHEMA } from './schema.js';
import type { SdkConfig } from './types.js';
import { toDiagnostics, validateConfig } from './validate.js';

/** Reads and validates an SDK config file (`spec/<name>.sdk.yaml`). */
export async function loadSdkConfig(file: string): Promise<SdkConfig> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new SdkgenError({
      level: 'error',
      stage: 'config',
      file: path,
      message: `cannot read the SDK config (${code})`,
      expected: 'an existing YAML file',
    });
  }
  return parseSdkConfig(text, path);
}

/** Parses and validates SDK config text; `file` is used in messages only. */
export function parseSdkConfig(text: string, file = '<memory>'): SdkConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new SdkgenError(
      doc.errors.map((e) => ({
        level: 'error' as const,
        stage: 'config' as const,
        file,
        line: lineCounter.linePos(e.pos[0]).line,
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
        expected: 'a YAML mapping',
      })),
    );
  }
  const value: unknown = doc.toJS();
  const line = (pointer: string): number | undefined => {
    const tokens = splitPointer(pointer) ?? [];
    for (let n = tokens.length; n >= 0; n--) {
      const node =
        n === 0
          ? doc.contents
          : doc.getIn(
              tokens.slice(0, n).map((t) => (/^\d+$/.test(t) ? Number(t) : t)),
              true,
            );
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const problems = validateConfig(value, CONFIG_SCHEMA);
  if (problems.length > 0) throw new SdkgenError(toDiagnostics(problems, file, line));
  const config = { ...(value as SdkConfig), file };
  registerLocator(config, line);
  checkDefaults(config);
  return config;
}

/** At most one credential may be the default. */
function checkDefaults(config: SdkConfig): void {
  const defaults = Object.entries(config.credentials ?? {}).filter(([, c]) => c.default);
  if (defaults.length > 1) {
    throw new SdkgenError(
      configDiagnostic(
        config,
        `#/credentials/${defaults[1]![0]}/default`,
        `more than one default credential (${defaults.map(([k]) => k).join(', ')})`,
        'exactly one credential with `default: true`',
      ),
    );
  }
}
