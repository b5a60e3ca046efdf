import type { IRDocument, IROperation, IRParameter, IRParamWire, IRValueWire, IRWireStyle } from '../../ir/types.js';
import type { SdkConfig } from '../../config/types.js';
import { overrideFor } from '../../config/operations.js';
import { valueShape, type ValueShape } from './shape.js';

/** The styles OpenAPI allows in each location; the first is the default. */
export const LOCATION_STYLES: Record<IRParameter['in'], readonly IRWireStyle[]> = {
  path: ['simple', 'label', 'matrix'],
  query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
  header: ['simple'],
  cookie: ['form'],
};

/** The SDK config's house style (`wire.arrayFormat` / `wire.objectFormat`) as a style, if any. */
export function houseStyle(config: SdkConfig | undefined, shape: ValueShape): Omit<IRValueWire, 'contentType'> | undefined {
  if (shape === 'array') {
    const format = config?.wire?.arrayFormat ?? 'spec';
    if (format === 'brackets') return { style: 'brackets', explode: true };
    if (format === 'repeat') return { style: 'form', explode: true };
    if (format === 'comma') return { style: 'form', explode: false };
  } else if (shape === 'object') {
    const format = config?.wire?.objectFormat ?? 'spec';
    if (format === 'brackets') return { style: 'brackets', explode: true };
    if (format === 'flat') return { style: 'form', explode: true };
  }
  return undefined;
}

/** The name the SDK shows: config rename, else `x-stainless-param`, else the spec name. */
function sdkNameOf(config: SdkConfig | undefined, op: IROperation, p: IRParameter): string {
  const renamed = overrideFor(config, op).params?.[p.name] ?? config?.wire?.params?.[p.name];
  if (renamed) return renamed;
  const vendor = p.extensions?.['x-stainless-param'] ?? p.schema.extensions?.['x-stainless-param'];
  return typeof vendor === 'string' && vendor ? vendor : p.name;
}

/**
 * How one parameter is named and serialized. A style the location does not allow falls back to
 * the location's default (`parse` keeps what the spec says; a warning is added). A query array
 * named `x[]` is sent in bracket form, which is the same bytes as `form`/explode of `x[]`; any
 * query parameter named `x[]` in bracket form is the member `x` (unless renamed) under the key `x`.
 * This is the only place that rule is decided: emitters read `sdkName` and `key`.
 */
export function paramWire(ir: IRDocument, op: IROperation, p: IRParameter, config?: SdkConfig): IRParamWire {
  const allowed = LOCATION_STYLES[p.in];
  let style = allowed[0]!;
  if (p.style && (allowed as readonly string[]).includes(p.style)) style = p.style as IRWireStyle;
  else if (p.style) {
    ir.diagnostics.push({
      level: 'warning',
      stage: 'annotate',
      pointer: p.pointer,
      message: `style "${p.style}" is not defined for ${p.in} parameters; "${style}" is used`,
      expected: `one of ${allowed.map((s) => `"${s}"`).join(', ')}`,
    });
  }
  const explode = p.explode ?? style === 'form';
  const wire: IRParamWire = { sdkName: sdkNameOf(config, op, p), style, explode };
  if (p.allowReserved && p.in === 'query') wire.allowReserved = true;
  if (p.contentType) {
    wire.contentType = p.contentType;
    return wire;
  }
  const shape = valueShape(ir, p.schema);
  const bracketed = p.in === 'query' && p.name.endsWith('[]') && p.name.length > 2;
  const house = p.in === 'query' ? houseStyle(config, shape) : undefined;
  const out: IRParamWire = bracketed && shape === 'array' ? { ...wire, style: 'brackets', explode: true } : house ? { ...wire, ...house } : wire;
  if (bracketed && out.style === 'brackets') {
    out.key = p.name.slice(0, -2);
    if (out.sdkName === p.name) out.sdkName = out.key;
  }
  return out;
}
