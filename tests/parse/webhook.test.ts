import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../generator/parse/index.js';
import { doc, memorySpec, shape } from './helpers.js';

const hook = (schema: unknown) => ({
  post: {
    summary: 'S',
    requestBody: { content: { 'application/json': { schema } } },
    responses: { '200': { description: 'ok' } },
  },
});

describe('webhooks', () => {
  it('payload is the JSON body schema; eventType is its literal `type`', () => {
    const ir = parseSpec(
      memorySpec(
        doc('3.1.0', {
          webhooks: {
            done: hook({ $ref: '#/components/schemas/Done' }),
            inline: hook({ type: 'object', properties: { type: { type: 'string', enum: ['x.y'] } } }),
            untyped: hook({ type: 'object' }),
          },
          components: {
            schemas: { Done: { allOf: [{ type: 'object', properties: { type: { const: 'job.done' } } }] } },
          },
        }),
      ),
    );
    expect(ir.webhooks.map((w) => [w.name, w.method, w.eventType, w.summary])).toEqual([
      ['done', 'post', 'job.done', 'S'],
      ['inline', 'post', 'x.y', 'S'],
      ['untyped', 'post', undefined, 'S'],
    ]);
    expect(shape(ir.webhooks[0]!.payload)).toEqual({ kind: 'ref', name: 'Done' });
    expect(ir.webhooks[0]!.pointer).toBe('#/webhooks/done/post');
  });

  it('3.0 documents have no webhooks', () => {
    const ir = parseSpec(memorySpec(doc('3.0.3', { webhooks: { done: hook({ type: 'object' }) } })));
    expect(ir.webhooks).toEqual([]);
    expect(ir.diagnostics.map((d) => [d.level, d.pointer, d.message])).toEqual([
      ['warning', '#/webhooks', 'webhooks are not part of OpenAPI 3.0; ignored'],
    ]);
  });
});
