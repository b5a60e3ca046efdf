/**
 * A compact JSON Schema (draft-07, for ajv) of the parts of an OpenAPI document a user gets
 * wrong: required fields, the types of the key objects, schemas that are not schemas. It is
 * deliberately loose about everything else (unknown fields are allowed). One builder serves
 * both dialects: 3.0 requires `paths` and object schemas; 3.1 allows boolean schemas.
 */
type JsonSchema = Record<string, unknown>;

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });
const mapOf = (name: string): JsonSchema => ({ type: 'object', additionalProperties: ref(name) });
const listOf = (name: string): JsonSchema => ({ type: 'array', items: ref(name) });
const str = { type: 'string' };

/** An object that may instead be a Reference Object (`{$ref}`): the rules apply to the non-refs. */
function refable(rules: JsonSchema): JsonSchema {
  return {
    type: 'object',
    if: { required: ['$ref'] },
    then: { properties: { $ref: str } },
    else: rules,
  };
}

const built = new Map<'3.0' | '3.1', JsonSchema>();

/** The schema of a dialect, built once (the same object every call, so checks compiled from it are reused; do not modify it). */
export function structureSchema(dialect: '3.0' | '3.1'): JsonSchema {
  let schema = built.get(dialect);
  if (!schema) built.set(dialect, (schema = buildSchema(dialect)));
  return schema;
}

function buildSchema(dialect: '3.0' | '3.1'): JsonSchema {
  const schemaTypes = dialect === '3.1' ? ['object', 'boolean'] : 'object';
  const typeField = dialect === '3.1' ? { type: ['string', 'array'], items: str } : str;
  const operation = {
    type: 'object',
    ...(dialect === '3.0' ? { required: ['responses'] } : {}),
    properties: {
      operationId: str,
      summary: str,
      tags: { type: 'array', items: str },
      parameters: listOf('parameter'),
      requestBody: ref('requestBody'),
      responses: mapOf('response'),
      callbacks: { type: 'object', additionalProperties: mapOf('pathItem') },
      deprecated: { type: 'boolean' },
      security: { type: 'array', items: { type: 'object' } },
    },
  };
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  return {
    type: 'object',
    required: ['openapi', 'info', ...(dialect === '3.0' ? ['paths'] : [])],
    properties: {
      openapi: str,
      info: { type: 'object', required: ['title', 'version'], properties: { title: str, version: str } },
      servers: { type: 'array', items: { type: 'object', required: ['url'], properties: { url: str } } },
      paths: mapOf('pathItem'),
      webhooks: mapOf('pathItem'),
      tags: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: str } } },
      security: { type: 'array', items: { type: 'object' } },
      components: {
        type: 'object',
        properties: {
          schemas: mapOf('schema'),
          responses: mapOf('response'),
          parameters: mapOf('parameter'),
          requestBodies: mapOf('requestBody'),
          headers: mapOf('header'),
          pathItems: mapOf('pathItem'),
          securitySchemes: { type: 'object', additionalProperties: { type: 'object' } },
          examples: { type: 'object', additionalProperties: { type: 'object' } },
        },
      },
    },
    definitions: {
      pathItem: {
        type: 'object',
        properties: {
          parameters: listOf('parameter'),
          ...Object.fromEntries(methods.map((m) => [m, operation])),
        },
      },
      parameter: refable({
        required: ['name', 'in'],
        properties: {
          name: str,
          in: { enum: ['query', 'header', 'path', 'cookie'] },
          required: { type: 'boolean' },
          schema: ref('schema'),
          content: mapOf('mediaType'),
        },
      }),
      requestBody: refable({ required: ['content'], properties: { content: mapOf('mediaType') } }),
      response: refable({
        required: ['description'],
        properties: { description: str, content: mapOf('mediaType'), headers: mapOf('header') },
      }),
      header: refable({ properties: { schema: ref('schema'), content: mapOf('mediaType') } }),
      mediaType: { type: 'object', properties: { schema: ref('schema') } },
      schema: {
        type: schemaTypes,
        properties: {
          type: typeField,
          required: { type: 'array', items: str },
          enum: { type: 'array' },
          properties: mapOf('schema'),
          items: ref('schema'),
          additionalProperties: { if: { type: 'object' }, then: ref('schema'), else: { type: 'boolean' } },
          allOf: listOf('schema'),
          anyOf: listOf('schema'),
          oneOf: listOf('schema'),
          not: ref('schema'),
          ...(dialect === '3.1' ? { prefixItems: listOf('schema'), $defs: mapOf('schema') } : {}),
          discriminator: {
            type: 'object',
            required: ['propertyName'],
            properties: { propertyName: str, mapping: { type: 'object', additionalProperties: str } },
          },
        },
      },
    },
  };
}
