import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const TSV = join(import.meta.dirname, '..', '..', '..', 'shared', 'specs', 'openai', 'official-sdk-surface.tsv');

/** Method path → the positional argument counts of its signatures, from an API surface report. */
function ourMethods(surface: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const line of surface.split('\n')) {
    const m = /^(client\.[\w.]+)\((.*)\): /.exec(line);
    if (!m) continue;
    const args = [...m[2]!.matchAll(/(\w+)\??: /g)].map((a) => a[1]!);
    const positional = args.filter((a) => !['query', 'body', 'params', 'options'].includes(a)).length;
    if (!out.has(m[1]!)) out.set(m[1]!, new Set());
    out.get(m[1]!)!.add(positional);
  }
  return out;
}

/**
 * Official calls (`official-sdk-surface.tsv`) the surface lacks: the method path is missing, or
 * no signature takes the same number of positional (path) arguments before the params object.
 */
export function officialMismatches(surface: string): string[] {
  const ours = ourMethods(surface);
  const rows = readFileSync(TSV, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const out: string[] = [];
  for (const row of rows) {
    const m = /^(client\.[\w.]+)\((.*)\)$/.exec(row[2] ?? '');
    if (!m) continue;
    const inner = m[2]!.trim();
    const positional = inner ? inner.split(',').filter((p) => !p.trim().startsWith('{')).length : 0;
    const counts = ours.get(m[1]!);
    if (!counts) out.push(`missing: ${row[2]}`);
    else if (!counts.has(positional)) out.push(`shape: ${row[2]} (ours takes ${[...counts].join('/')} positional)`);
  }
  return out;
}
