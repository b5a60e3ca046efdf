import type { GeneratedFile } from '../../generator/emit/types.js';

/** One example found in the docs, with where it is. */
export interface Example {
  /** `README.md:42` or `src/resources/pets/pets.ts:17` (1-based line of the code's first line). */
  location: string;
  code: string;
  /** Doc-comment examples use `client` without creating it. */
  needsClient: boolean;
}

/** Fenced ```ts blocks of a Markdown file (any fence of three or more backticks). */
export function markdownExamples(file: GeneratedFile): Example[] {
  const out: Example[] = [];
  const lines = file.contents.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(ts|typescript)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== open[1]) end++;
    if (end === lines.length) throw new Error(`${file.path}:${i + 1}: code block is never closed`);
    out.push({ location: `${file.path}:${start + 1}`, code: lines.slice(start, end).join('\n'), needsClient: false });
    i = end;
  }
  return out;
}

/** `@example` blocks of the doc comments in a TypeScript file: a ```ts fence inside ` * ` lines. */
export function docCommentExamples(file: GeneratedFile): Example[] {
  const out: Example[] = [];
  const lines = file.contents.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\* @example\s*$/.test(lines[i]!)) continue;
    if (!/^\s*\* ```ts\s*$/.test(lines[i + 1] ?? '')) throw new Error(`${file.path}:${i + 1}: @example without a ts block`);
    const start = i + 2;
    let end = start;
    while (end < lines.length && !/^\s*\* ```\s*$/.test(lines[end]!)) {
      if (/\*\//.test(lines[end]!)) throw new Error(`${file.path}:${end + 1}: comment closes inside an example`);
      end++;
    }
    const code = lines.slice(start, end).map((l) => l.replace(/^\s*\*( |$)/, '')).join('\n');
    out.push({ location: `${file.path}:${start + 1}`, code, needsClient: true });
    i = end;
  }
  return out;
}

/** Every example of a package: README.md, api.md, and the doc comments of its own sources. */
export function packageExamples(files: GeneratedFile[]): Example[] {
  const out: Example[] = [];
  for (const f of files) {
    if (f.path === 'README.md' || f.path === 'api.md') out.push(...markdownExamples(f));
    else if (f.path.startsWith('src/') && f.path.endsWith('.ts') && !f.path.startsWith('src/core/')) out.push(...docCommentExamples(f));
  }
  return out;
}
