import type { Level } from './types.js';

/**
 * The rule catalogue: every change `sdkgen diff` can report, with its one fixed level and a one-line
 * summary. `docs/diff-rules.md` documents each id; `tests/fixtures/diff/<id>.yaml` shows it.
 * Request rules judge whether an old call is still valid; response rules whether old readers
 * still read the new responses safely.
 */
export const RULES = {
  // operations
  'operation-removed': [
    'breaking',
    'an operation went away (even a deprecated one: its SDK method disappears)',
  ],
  'operation-added': ['info', 'a new operation'],
  'operation-deprecated': ['info', 'an operation was marked deprecated'],
  'operation-undeprecated': ['info', 'an operation is no longer deprecated'],
  'operation-id-changed': [
    'info',
    'the operationId changed (the SDK method name comes from the naming pass)',
  ],
  'operation-doc-changed': ['info', 'summary or description of an operation changed'],
  // parameters
  'request-parameter-removed': ['breaking', 'a parameter went away: old calls passing it no longer compile'],
  'request-parameter-added-required': ['breaking', 'a new required parameter: old calls lack it'],
  'request-parameter-added-optional': ['info', 'a new optional parameter'],
  'request-parameter-became-required': ['breaking', 'an optional parameter became required'],
  'request-parameter-became-optional': ['info', 'a required parameter became optional'],
  'request-parameter-renamed': ['info', 'a path parameter was renamed (positional in the SDK)'],
  'request-parameter-deprecated': ['info', 'a parameter was marked deprecated'],
  // request bodies
  'request-body-removed': ['breaking', 'the request body went away'],
  'request-body-added-required': ['breaking', 'a new required request body'],
  'request-body-added-optional': ['info', 'a new optional request body'],
  'request-body-became-required': ['breaking', 'the request body became required'],
  'request-media-type-removed': ['breaking', 'a request media type is no longer accepted'],
  'request-media-type-added': ['info', 'a request media type is newly accepted'],
  // request schemas
  'request-property-removed': [
    'breaking',
    'a request field went away: old calls setting it no longer compile',
  ],
  'request-property-added-required': ['breaking', 'a new required request field'],
  'request-property-added-optional': ['info', 'a new optional request field'],
  'request-property-became-required': ['breaking', 'an optional request field became required'],
  'request-property-became-optional': ['info', 'a required request field became optional'],
  'request-type-changed': ['breaking', 'a request value changed to an unrelated type'],
  'request-type-narrowed': [
    'breaking',
    'a request value accepts fewer values (number → integer, string → enum, any → typed)',
  ],
  'request-type-widened': ['info', 'a request value accepts more values'],
  'request-enum-value-removed': ['breaking', 'a request enum value is no longer accepted'],
  'request-enum-value-added': ['info', 'a request enum accepts a new value'],
  'request-limit-tightened': [
    'breaking',
    'a request limit (length, range, items, pattern, format, multipleOf) got stricter',
  ],
  'request-limit-relaxed': ['info', 'a request limit got looser'],
  'request-nullable-removed': ['breaking', 'a request value no longer accepts null'],
  'request-nullable-added': ['info', 'a request value now accepts null'],
  'request-union-variant-removed': [
    'breaking',
    'a request union lost a member: values of that shape are rejected',
  ],
  'request-union-variant-added': ['info', 'a request union gained a member'],
  'request-default-changed': [
    'warning',
    'a request default changed or went away: calls that omit the field behave differently',
  ],
  'request-object-closed': ['breaking', 'a request object no longer allows extra properties'],
  // responses
  'response-property-removed': ['breaking', 'a response field went away: code reading it breaks'],
  'response-property-became-optional': [
    'breaking',
    'a required response field became optional: readers must now check it',
  ],
  'response-property-became-required': ['info', 'an optional response field became required'],
  'response-property-added': ['info', 'a new response field'],
  'response-became-nullable': ['breaking', 'a response value may now be null'],
  'response-nullable-removed': ['info', 'a response value is no longer null'],
  'response-type-changed': ['breaking', 'a response value changed to an unrelated type'],
  'response-type-widened': [
    'breaking',
    'a response value may hold values old readers do not expect (integer → number, enum → string)',
  ],
  'response-type-narrowed': ['info', 'a response value holds fewer kinds of values'],
  'response-enum-value-added': ['warning', 'a response enum has a new value: only exhaustive switches break'],
  'response-enum-value-removed': ['info', 'a response enum lost a value (others remain)'],
  'response-enum-replaced': [
    'breaking',
    'a response enum kept none of its values: old readers never see a value they know',
  ],
  'response-const-changed': [
    'breaking',
    'a response constant (const or one-value enum) changed: comparisons with the old literal break',
  ],
  'response-union-widened': [
    'breaking',
    'an untagged response union gained a member old readers cannot tell apart',
  ],
  'response-union-variant-added': [
    'warning',
    'a tagged response union gained a member: only exhaustive switches break',
  ],
  'response-union-variant-removed': ['info', 'a response union lost a member'],
  'response-limit-changed': ['info', 'a response limit changed'],
  'response-media-type-removed': ['breaking', 'a response media type went away'],
  'response-media-type-added': ['info', 'a response media type was added'],
  'response-body-removed': ['breaking', 'the success response no longer has a body'],
  'response-status-removed': ['info', 'a documented response status went away'],
  'response-status-added': ['info', 'a documented response status was added'],
  'response-header-removed': ['warning', 'a response header went away'],
  // schema metadata
  'schema-doc-changed': ['info', 'title or description of a schema changed'],
  'schema-deprecated': ['info', 'a schema or field was marked deprecated'],
  'union-mode-changed': ['info', 'oneOf ↔ anyOf over the same members'],
  // security
  'security-requirement-added': ['breaking', 'an operation needs credentials it did not need before'],
  'security-requirement-removed': ['info', 'an operation accepts a call with fewer credentials'],
  'security-scope-added': ['breaking', 'a security requirement needs more scopes'],
  'security-scheme-changed': ['breaking', 'how a credential is sent changed (type, scheme, header name)'],
  // patterns and SDK surface (annotations, components)
  'streaming-removed': ['breaking', 'an operation no longer streams: `stream: true` calls break'],
  'streaming-added': ['info', 'an operation can now stream'],
  'streaming-flag-changed': ['breaking', 'the body field that switches streaming on changed'],
  'pagination-removed': ['breaking', 'a list operation is no longer paginated: `for await` over it breaks'],
  'pagination-added': ['warning', 'an operation became paginated: its return type is now a page'],
  'pagination-changed': ['breaking', 'the pagination style, cursor or items field changed'],
  'binary-response-changed': ['breaking', 'the response switched between JSON and binary content'],
  'sdk-method-renamed': ['breaking', 'the SDK method for an operation moved or was renamed'],
  'sdk-type-renamed': ['breaking', 'the params or response type name of an operation changed'],
  'component-removed': [
    'info',
    'a component schema went away; every operation kept its shape (the operation rules report any that did not)',
  ],
  'component-renamed': ['info', 'a component was renamed: the same shape on the wire under a new name'],
  'sdk-component-removed': [
    'breaking',
    '(`--sdk`) the exported type of a removed component goes away: code importing it breaks',
  ],
  'sdk-component-renamed': [
    'breaking',
    '(`--sdk`) a renamed component changes its exported type name: code importing the old name breaks',
  ],
  'component-added': ['info', 'a new component schema'],
  // webhooks and document
  'webhook-removed': ['breaking', 'a webhook went away: its event type disappears'],
  'webhook-added': ['info', 'a new webhook'],
  'server-changed': ['warning', 'the server URLs changed: the SDK default base URL may move'],
} as const satisfies Record<string, readonly [Level, string]>;

export type RuleId = keyof typeof RULES;

/** The level a rule reports at. */
export function levelOf(id: RuleId): Level {
  return RULES[id][0];
}
