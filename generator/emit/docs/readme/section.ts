import type { SdkSettings } from '../../types.js';
import { codeBlock } from '../markdown.js';

/** One README section: a heading and its Markdown body (already escaped). */
export interface Section {
  title: string;
  body: string;
}

/**
 * A runnable example: the package import (default export: the client class, plus any named
 * imports), an optional client construction, then `body`. Top-level `await` is used freely:
 * the examples are ES modules.
 */
export function program(
  settings: SdkSettings,
  body: string,
  options: { named?: string[]; preamble?: string[]; client?: string | false } = {},
): string {
  const named = options.named?.length ? `, { ${options.named.join(', ')} }` : '';
  const lines = [...(options.preamble ?? []), `import ${settings.clientName}${named} from '${settings.packageName}';`, ''];
  if (options.client !== false) lines.push(`const client = new ${settings.clientName}(${options.client ?? ''});`, '');
  lines.push(body);
  return codeBlock('ts', lines.join('\n').trimEnd());
}

/** Joins paragraphs and blocks with blank lines, skipping empty ones. */
export function blocks(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}
