import type { IRDocument, IROperation, IRParameter, IRValueWire } from '../../ir/types.js';
import { valueShape } from '../../annotate/wire/shape.js';
import { propertyKey, quote } from '../ts/identifiers.js';

/**
 * The key of a query parameter in the request's query object, as the wire pass decided it (`x`
 * for an `x[]` sent in bracket form: the runtime adds the brackets), else the spec name.
 */
export function queryKey(p: IRParameter): string {
  return p.wire?.key ?? p.name;
}

/** A `ParamStyle` literal; `explode` only when it is not OpenAPI's default for the style. */
export function styleLiteral(w: IRValueWire): string {
  const entries = [`style: ${quote(w.style)}`];
  if (w.explode !== (w.style === 'form')) entries.push(`explode: ${w.explode}`);
  if (w.allowReserved) entries.push('allowReserved: true');
  if (w.contentType) entries.push(`contentType: ${quote(w.contentType)}`);
  return `{ ${entries.join(', ')} }`;
}

/**
 * Whether a value needs its style written out. The runtime's defaults give the right bytes for
 * scalars (except `label`/`matrix` paths), query arrays/objects in `brackets`, and cookies in
 * exploded `form`; a path array or object always needs its style.
 */
export function needsStyle(ir: IRDocument, w: IRValueWire, schema: IRParameter['schema'], where: 'query' | 'path' | 'cookie'): boolean {
  if (w.contentType || w.allowReserved) return true;
  const scalar = valueShape(ir, schema) === 'scalar';
  if (where === 'path') return !scalar || w.style === 'label' || w.style === 'matrix';
  if (scalar) return false;
  if (where === 'cookie') return w.style !== 'form' || !w.explode;
  return w.style !== 'brackets';
}

/** `queryStyles: { ... }` entries for the operation's query parameters that need one. */
export function queryStyles(ir: IRDocument, op: IROperation): string[] {
  return op.parameters
    .filter((p) => p.in === 'query' && p.wire && needsStyle(ir, p.wire, p.schema, 'query'))
    .map((p) => `${propertyKey(queryKey(p))}: ${styleLiteral(p.wire!)}`);
}

/** `encoding: { ... }` entries for the fields of a form or multipart body that need one. */
export function fieldStyles(op: IROperation): string[] {
  const encoding = op.requestMedia?.encoding ?? {};
  return Object.entries(encoding)
    .filter(([, w]) => w.style !== 'brackets' || w.contentType || w.allowReserved)
    .map(([name, w]) => `${propertyKey(name)}: ${styleLiteral(w)}`);
}
