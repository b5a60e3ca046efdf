/**
 * Doc lines for the default and the limits a schema declares (`default`, lengths, bounds, item
 * counts, pattern), for property and type doc comments. The text may hold spec values: callers
 * pass the lines through `docLines`, which keeps them inside the comment.
 */

/** A JSON value short enough to show inline, or undefined. */
function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const json = JSON.stringify(value);
  return json !== undefined && json.length <= 80 ? json : undefined;
}

function range(min: number | undefined, max: number | undefined, units: string): string | undefined {
  const unit = (n: number) => (n !== 1 ? units : units === 'properties' ? 'property' : units.replace(/s$/, ''));
  if (min !== undefined && max !== undefined) return min === max ? `Exactly ${min} ${unit(min)}.` : `Between ${min} and ${max} ${units}.`;
  if (min !== undefined) return `At least ${min} ${unit(min)}.`;
  if (max !== undefined) return `At most ${max} ${unit(max)}.`;
  return undefined;
}

function bounds(s: Record<string, unknown>): string | undefined {
  const num = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
  const parts: string[] = [];
  const min = num('minimum');
  const xmin = num('exclusiveMinimum');
  const max = num('maximum');
  const xmax = num('exclusiveMaximum');
  if (min !== undefined) parts.push(`minimum ${min}`);
  if (xmin !== undefined) parts.push(`greater than ${xmin}`);
  if (max !== undefined) parts.push(`maximum ${max}`);
  if (xmax !== undefined) parts.push(`less than ${xmax}`);
  const step = num('multipleOf');
  if (step !== undefined) parts.push(`a multiple of ${step}`);
  if (parts.length === 0) return undefined;
  const text = parts.join(', ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Lines such as `Defaults to \`20\`.`, `Between 1 and 100 items.`, `Minimum 0, maximum 2.` */
export function constraintLines(schema: object): string[] {
  const s = schema as Record<string, unknown>;
  const num = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
  const lines: string[] = [];
  const kind = s['kind'];
  if (kind === 'string') {
    const len = range(num('minLength'), num('maxLength'), 'characters');
    if (len) lines.push(len);
    if (typeof s['pattern'] === 'string' && s['pattern'].length <= 80) lines.push(`Pattern: \`${s['pattern'].replace(/`/g, "'")}\`.`);
  }
  if (kind === 'number' || kind === 'integer') {
    const b = bounds(s);
    if (b) lines.push(b);
  }
  if (kind === 'array') {
    const items = range(num('minItems'), num('maxItems'), 'items');
    if (items) lines.push(items);
  }
  if (kind === 'object') {
    const props = range(num('minProperties'), num('maxProperties'), 'properties');
    if (props) lines.push(props);
  }
  const def = shown(s['default']);
  if (def !== undefined) lines.push(`Defaults to \`${def.replace(/`/g, '\\u0060')}\`.`);
  return lines;
}
