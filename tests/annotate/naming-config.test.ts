import { describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import type { SdkConfig } from '../../generator/config/types.js';
import { doc, op } from './ir-builders.js';
import { Item, List, listOp, names } from './naming-helpers.js';

describe('annotate/naming: config rules and overrides', () => {
  const rules: SdkConfig = {
    client: { name: 'Acme' },
    naming: { pathParams: 'last', actions: ['cancel', 'search'] },
    resources: [
      { path: '/threads', resource: 'beta.threads' },
      { path: '/responses', query: { beta: 'true' }, resource: 'beta.responses' },
      { path: '/org/usage', resource: 'admin.usage', leafMethod: true },
    ],
  };
  const config: SdkConfig = {
    ...rules,
    operations: {
      createThreadAndRun: {
        resource: 'beta.threads',
        method: 'createAndRun',
        aliases: ['beta.threads.runAll'],
      },
    },
  };

  it.each([
    { name: 'prefix rule', o: op('get', '/threads/{thread_id}'), want: 'beta.threads.retrieve(threadID)' },
    { name: 'rule on the whole collection path', o: listOp('/threads'), want: 'beta.threads.list()' },
    {
      name: 'only the last path param is positional',
      o: op('get', '/threads/{thread_id}/runs/{run_id}'),
      want: 'beta.threads.runs.retrieve(runID)',
    },
    {
      name: 'rule with a fixed query',
      o: op('post', '/responses?beta=true'),
      want: 'beta.responses.create()',
    },
    {
      name: 'same path without the query is not matched',
      o: op('post', '/responses'),
      want: 'responses.create()',
    },
    {
      name: 'leaf segment becomes the method',
      o: op('get', '/org/usage/audio_speeches'),
      want: 'admin.usage.audioSpeeches()',
    },
    {
      name: 'leafMethod rule on its own path keeps the CRUD verb',
      o: op('get', '/org/usage'),
      want: 'admin.usage.retrieve()',
    },
    { name: 'listed action', o: op('post', '/stores/{id}/search'), want: 'stores.search(id)' },
    {
      name: 'unlisted trailing segment is a resource',
      o: op('post', '/uploads/{id}/parts'),
      want: 'uploads.parts.create(id)',
    },
  ])('$name', ({ o, want }) => {
    expect(names([o], rules)).toEqual([want]);
  });

  it('per-operation override wins over the rules', () => {
    expect(names([op('post', '/threads/runs', { id: 'createThreadAndRun' })], config)).toEqual([
      'beta.threads.createAndRun()',
    ]);
  });

  it('an override for an operationId the spec does not have is a warning listing close ids', () => {
    const ir = doc([op('get', '/threads', { id: 'listThreads' })], { Item, List });
    annotate(ir, { ...config, file: 'acme.sdk.yaml' });
    expect(ir.diagnostics).toEqual([
      {
        level: 'warning',
        stage: 'config',
        file: 'acme.sdk.yaml',
        pointer: '#/operations/createThreadAndRun',
        message:
          'operation "createThreadAndRun" is not an operationId of the spec; its overrides are ignored',
        expected: 'one of "listThreads"',
      },
    ]);
  });

  it('records the params-object path params, aliases and the source', () => {
    const ir = doc(
      [
        op('get', '/threads/{thread_id}/runs/{run_id}'),
        op('post', '/threads/runs', { id: 'createThreadAndRun' }),
        op('get', '/misc'),
      ],
      { Item, List },
    );
    annotate(ir, config);
    const [a, b, c] = ir.operations.map((o) => o.naming!);
    expect(a).toMatchObject({
      pathParams: [{ name: 'run_id', argName: 'runID' }],
      pathParamsInParams: ['thread_id'],
      source: 'config',
    });
    expect(b).toMatchObject({
      aliases: [{ resource: ['beta', 'threads'], method: 'runAll' }],
      source: 'config',
    });
    expect(c).toMatchObject({ resource: ['misc'], method: 'retrieve', source: 'default' });
    expect(c!.pathParamsInParams).toBeUndefined();
  });
});
