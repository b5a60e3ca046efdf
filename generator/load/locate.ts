import { escapeToken, splitPointer } from '../util/pointer.js';
import { lineOf } from './lines.js';

/**
 * Builds `LoadedSpec.locate`: finds the merged block a document pointer falls in (the longest
 * recorded prefix), maps it to the file and pointer it came from, and only then computes the
 * line by re-parsing that file.
 */
export function makeLocator(
  sources: [string, string, string][],
): (pointer: string) => { file: string; line?: number } {
  const origins = new Map<string, [string, string]>();
  for (const [at, file, pointer] of sources) origins.set(at, [file, pointer]);
  const root = origins.get('#');
  return (pointer) => {
    let tokens: string[];
    try {
      tokens = splitPointer(pointer) ?? [];
    } catch {
      return { file: root?.[0] ?? '<memory>' };
    }
    for (let n = tokens.length; n >= 0; n--) {
      const prefix = n === 0 ? '#' : `#/${tokens.slice(0, n).map(escapeToken).join('/')}`;
      const origin = origins.get(prefix);
      if (!origin) continue;
      const [file, base] = origin;
      const rest = tokens.slice(n).map(escapeToken);
      const inFile = rest.length === 0 ? base : `${base === '#' ? '#' : base}/${rest.join('/')}`;
      const line = lineOf(file, inFile);
      return line ? { file, line } : { file };
    }
    return { file: root?.[0] ?? '<memory>' };
  };
}
