import { valueKey } from '../ts/identifiers.js';
import type { Sample } from './sample-value.js';

const WIDTH = 90;

function inline(sample: Sample): string {
  switch (sample.kind) {
    case 'code':
      return sample.text;
    case 'array':
      return `[${sample.items.map(inline).join(', ')}]`;
    case 'object':
      return sample.entries.length === 0
        ? '{}'
        : `{ ${sample.entries.map((e) => `${valueKey(e.key)}: ${inline(e.value)}`).join(', ')} }`;
  }
}

/**
 * Prints a sample as a TypeScript expression: on one line when it fits in the width left after
 * `indent`, otherwise one member per line with two-space indentation (prettier's layout, so the
 * examples read the same in comments, which prettier does not touch, and in Markdown).
 */
export function printSample(sample: Sample, indent = '', used = 0): string {
  const flat = inline(sample);
  if (sample.kind === 'code' || indent.length + used + flat.length <= WIDTH) return flat;
  const inner = `${indent}  `;
  if (sample.kind === 'array') {
    if (sample.items.length === 0) return '[]';
    return `[\n${sample.items.map((i) => `${inner}${printSample(i, inner)},`).join('\n')}\n${indent}]`;
  }
  if (sample.entries.length === 0) return '{}';
  const lines = sample.entries.map((e) => {
    const key = `${valueKey(e.key)}: `;
    return `${inner}${key}${printSample(e.value, inner, key.length + 1)},`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/**
 * A call `callee(arg1, arg2)` with its arguments printed by `printSample`; arguments that are
 * plain code go inline, an object or array argument may break over lines.
 */
export function printCall(callee: string, args: Sample[], indent = ''): string {
  const flat = `${callee}(${args.map(inline).join(', ')})`;
  if (indent.length + flat.length <= WIDTH) return flat;
  const head = args.slice(0, -1).map(inline);
  const last = args[args.length - 1];
  if (!last) return flat;
  const prefix = `${callee}(${head.map((h) => `${h}, `).join('')}`;
  return `${prefix}${printSample(last, indent, WIDTH)})`;
}
