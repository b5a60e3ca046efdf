/** Small builders for hand-made IR in annotate tests (no parse needed). */
import type {
  HTTPMethod,
  IRDocument,
  IRMediaContent,
  IROperation,
  IRParameter,
  IRProperty,
  IRSchema,
} from '../../generator/ir/types.js';

export const str = (extra: Partial<IRSchema & { kind: 'string' }> = {}): IRSchema => ({
  kind: 'string',
  pointer: '#',
  ...extra,
});
export const bin = (): IRSchema => str({ format: 'binary' });
export const int = (): IRSchema => ({ kind: 'integer', pointer: '#' });
export const bool = (): IRSchema => ({ kind: 'boolean', pointer: '#' });
export const ref = (name: string): IRSchema => ({ kind: 'ref', name, pointer: '#' });
export const arr = (items: IRSchema): IRSchema => ({ kind: 'array', items, pointer: '#' });
export const union = (...variants: IRSchema[]): IRSchema => ({
  kind: 'union',
  mode: 'anyOf',
  variants,
  pointer: '#',
});
export const allOf = (...members: IRSchema[]): IRSchema => ({ kind: 'intersection', members, pointer: '#' });
export const enumOf = (...values: string[]): IRSchema => ({
  kind: 'enum',
  type: 'string',
  values,
  pointer: '#',
});

/** `obj({ a: str(), b: int() }, ['a'])` */
export function obj(props: Record<string, IRSchema>, required: string[] = []): IRSchema {
  const properties: IRProperty[] = Object.entries(props).map(([name, schema]) => ({
    name,
    schema,
    required: required.includes(name),
  }));
  return { kind: 'object', properties, pointer: '#' };
}

export const json = (schema?: IRSchema): IRMediaContent =>
  schema ? { mediaType: 'application/json', schema } : { mediaType: 'application/json' };
export const media = (mediaType: string, schema?: IRSchema): IRMediaContent =>
  schema ? { mediaType, schema } : { mediaType };

export const query = (name: string, schema: IRSchema = str()): IRParameter => ({
  name,
  in: 'query',
  required: false,
  schema,
  pointer: '#',
});
export const pathParam = (name: string): IRParameter => ({
  name,
  in: 'path',
  required: true,
  schema: str(),
  pointer: '#',
});

export interface OpSpec {
  id?: string;
  params?: IRParameter[];
  body?: IRMediaContent[];
  responses?: { status?: string; contents: IRMediaContent[] }[];
  /** Shorthand for one 200 response with these contents. */
  ok?: IRMediaContent[];
  security?: IROperation['security'];
  tags?: string[];
}

/** An operation `METHOD /path`; path params are added from `{name}` segments when not given. */
export function op(method: HTTPMethod, pathKey: string, spec: OpSpec = {}): IROperation {
  const [path = pathKey, q] = pathKey.split('?');
  const declared = spec.params ?? [];
  const fromPath = [...path.matchAll(/\{([^}]+)\}/g)]
    .map((m) => m[1]!)
    .filter((n) => !declared.some((p) => p.in === 'path' && p.name === n))
    .map(pathParam);
  const responses = (spec.responses ?? [{ contents: spec.ok ?? [json(obj({}))] }]).map((r) => ({
    status: r.status ?? '200',
    contents: r.contents,
    pointer: '#',
  }));
  const operation: IROperation = {
    id: spec.id ?? `${method}_${pathKey}`,
    method,
    path,
    pathKey,
    tags: spec.tags ?? [],
    parameters: [...fromPath, ...declared],
    responses,
    security: spec.security ?? [],
    pointer: `#/paths/${pathKey.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`,
  };
  if (q) operation.fixedQuery = Object.fromEntries(new URLSearchParams(q));
  if (spec.body) operation.requestBody = { required: true, contents: spec.body, pointer: '#' };
  return operation;
}

/** A document with the given operations and component schemas. */
export function doc(operations: IROperation[], schemas: Record<string, IRSchema> = {}): IRDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'Test API', version: '1.0.0' },
    servers: ['https://api.example.com/v1'],
    schemas: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, { name, schema }])),
    operations,
    webhooks: [],
    securitySchemes: {},
    tags: {},
    diagnostics: [],
  };
}
