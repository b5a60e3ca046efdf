/**
 * What kind of OpenAPI object sits at each position, so the bundler knows which `$ref`s point at
 * schemas (hoisted into `components/schemas`) and which at other objects (inlined). `data`
 * marks literal JSON (examples, defaults, enums) where a `$ref` key is data, not a reference.
 */
export type Kind =
  | 'document'
  | 'components'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'requestBody'
  | 'responses'
  | 'response'
  | 'mediaType'
  | 'encoding'
  | 'header'
  | 'example'
  | 'link'
  | 'callback'
  | 'schema'
  | 'data'
  | 'other';

/** A position's rule: one object of a kind, or a map / list whose entries are of that kind. */
export type Rule = Kind | { map: Kind } | { list: Kind };

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const schemaChildren: Record<string, Rule> = {
  properties: { map: 'schema' },
  patternProperties: { map: 'schema' },
  $defs: { map: 'schema' },
  definitions: { map: 'schema' },
  dependentSchemas: { map: 'schema' },
  allOf: { list: 'schema' },
  anyOf: { list: 'schema' },
  oneOf: { list: 'schema' },
  prefixItems: { list: 'schema' },
  items: 'schema',
  additionalProperties: 'schema',
  not: 'schema',
  contains: 'schema',
  propertyNames: 'schema',
  if: 'schema',
  then: 'schema',
  else: 'schema',
  unevaluatedItems: 'schema',
  unevaluatedProperties: 'schema',
  additionalItems: 'schema',
  contentSchema: 'schema',
  example: 'data',
  examples: 'data',
  default: 'data',
  enum: 'data',
  const: 'data',
};

const withContent: Record<string, Rule> = {
  schema: 'schema',
  content: { map: 'mediaType' },
  examples: { map: 'example' },
  example: 'data',
};

const rules: Partial<Record<Kind, Record<string, Rule>>> = {
  document: { paths: { map: 'pathItem' }, webhooks: { map: 'pathItem' }, components: 'components' },
  components: {
    schemas: { map: 'schema' },
    responses: { map: 'response' },
    parameters: { map: 'parameter' },
    examples: { map: 'example' },
    requestBodies: { map: 'requestBody' },
    headers: { map: 'header' },
    links: { map: 'link' },
    callbacks: { map: 'callback' },
    pathItems: { map: 'pathItem' },
  },
  pathItem: {
    parameters: { list: 'parameter' },
    ...Object.fromEntries(methods.map((m) => [m, 'operation'])),
  },
  operation: {
    parameters: { list: 'parameter' },
    requestBody: 'requestBody',
    responses: 'responses',
    callbacks: { map: 'callback' },
  },
  responses: {},
  response: { headers: { map: 'header' }, content: { map: 'mediaType' }, links: { map: 'link' } },
  requestBody: { content: { map: 'mediaType' } },
  parameter: withContent,
  header: withContent,
  mediaType: { ...withContent, encoding: { map: 'encoding' } },
  encoding: { headers: { map: 'header' } },
  example: { value: 'data' },
  schema: schemaChildren,
};

/** The rule for `parent[key]`, where `parent` is an object of kind `parent`. */
export function childRule(parent: Kind, key: string): Rule {
  if (parent === 'data') return 'data';
  if (key.startsWith('x-')) return 'other';
  if (parent === 'responses') return 'response';
  if (parent === 'callback') return 'pathItem';
  return rules[parent]?.[key] ?? 'other';
}

/** The rule for an entry of a container: a map's value (by key) or a list's item. */
export function entryRule(container: Rule, key: string): Rule {
  if (typeof container === 'string') return container === 'data' ? 'data' : 'other';
  if ('list' in container) return container.list;
  // Only maps of path items carry `x-` extensions among their names (`paths`, `webhooks`).
  return container.map === 'pathItem' && key.startsWith('x-') ? 'other' : container.map;
}

const nouns: Partial<Record<Kind, string>> = {
  document: 'the document',
  components: 'components',
  pathItem: 'path item',
  operation: 'operation',
  parameter: 'parameter',
  requestBody: 'request body',
  responses: 'responses',
  response: 'response',
  mediaType: 'media type object',
  encoding: 'encoding object',
  header: 'header',
  example: 'example',
  link: 'link',
  callback: 'callback',
  schema: 'schema',
};

/** What the value at `tokens` is, for messages: `schema`, `parameter`, or the quoted field name. */
export function describePosition(tokens: readonly string[]): string {
  let rule: Rule = 'document';
  for (const token of tokens)
    rule = typeof rule === 'string' ? childRule(rule, token) : entryRule(rule, token);
  const noun = typeof rule === 'string' ? nouns[rule] : undefined;
  return noun ?? (tokens.length > 0 ? `"${tokens[tokens.length - 1]}"` : 'the document');
}
