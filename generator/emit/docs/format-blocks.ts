import { PRETTIER_OPTIONS } from '../render.js';
import { formatModule } from '../work/format.js';

/**
 * Formats every fenced `ts` block of a Markdown document as prettier does (`work/format.ts`: the
 * generated code's options, a narrower width), so examples read the same however they were
 * assembled. A block that does not parse is left as it is: the example type-check test reports it.
 */
export async function formatCodeBlocks(markdown: string): Promise<string> {
  const parts = markdown.split(/^(`{3,})ts\n([\s\S]*?)^\1$/m);
  if (parts.length === 1) return markdown;
  let out = '';
  for (let i = 0; i < parts.length; i += 3) {
    out += parts[i];
    if (i + 2 >= parts.length) break;
    const fence = parts[i + 1]!;
    const code = parts[i + 2]!;
    let formatted = code;
    try {
      formatted = await formatModule(code, { ...PRETTIER_OPTIONS, printWidth: 90 });
    } catch {
      formatted = code;
    }
    out += `${fence}ts\n${formatted.replace(/\n*$/, '\n')}${fence}`;
  }
  return out;
}
