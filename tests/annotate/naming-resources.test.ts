import { describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import type { SdkConfig } from '../../generator/config/types.js';
import type { IROperation } from '../../generator/ir/types.js';
import { arr, doc, json, obj, op, query, ref, str } from './ir-builders.js';

const Item = obj({ id: str() });
const List = obj({ data: arr(ref('Item')), has_more: str() });
const listOp = (path: string, id?: string) => op('get', path, { id, params: [query('after')], ok: [json(ref('List'))] });
const shape = (o: IROperation) => `${o.naming!.resource.join('.')}.${o.naming!.method}(${o.naming!.pathParams.map((p) => p.argName).join(',')})`;

/** Annotates the operations (no config unless given) and returns `resource.method(args)` per operation. */
function names(ops: IROperation[], config?: SdkConfig): string[] {
  const ir = doc(ops, { Item, List });
  annotate(ir, config);
  return ir.operations.map(shape);
}

describe('annotate/naming: default resource tree and methods', () => {
  it.each([
    { name: 'CRUD on a collection and its items', ops: [listOp('/files'), op('post', '/files'), op('get', '/files/{file_id}'), op('post', '/files/{file_id}'), op('delete', '/files/{file_id}')], want: ['files.list()', 'files.create()', 'files.retrieve(fileID)', 'files.update(fileID)', 'files.delete(fileID)'] },
    { name: 'nested resources and path params in order', ops: [listOp('/threads/{thread_id}/runs'), op('get', '/threads/{thread_id}/runs/{run_id}')], want: ['threads.runs.list(threadID)', 'threads.runs.retrieve(threadID,runID)'] },
    { name: 'action after a path param (POST only, nothing below)', ops: [op('post', '/batches/{batch_id}/cancel'), op('put', '/jobs/{id}/restart')], want: ['batches.cancel(batchID)', 'jobs.restart(id)'] },
    { name: 'a POSTed sub-collection with children is a resource', ops: [op('post', '/stores/{id}/batches'), op('get', '/stores/{id}/batches/{batch_id}')], want: ['stores.batches.create(id)', 'stores.batches.retrieve(id,batchID)'] },
    { name: 'singleton: GET retrieve, POST update, DELETE delete', ops: [op('get', '/org/settings'), op('post', '/org/settings'), op('delete', '/org/settings')], want: ['org.settings.retrieve()', 'org.settings.update()', 'org.settings.delete()'] },
    { name: 'PUT and PATCH update', ops: [op('put', '/a/{id}'), op('patch', '/b/{id}')], want: ['a.update(id)', 'b.update(id)'] },
    { name: 'leading version segment is dropped', ops: [listOp('/v2/droplets')], want: ['droplets.list()'] },
    { name: 'a path with no literal segment uses the first tag', ops: [op('get', '/{id}', { tags: ['Pet Store'] })], want: ['petStore.retrieve(id)'] },
    { name: 'reserved word as a path param gets a safe argument name', ops: [op('get', '/things/{class}')], want: ['things.retrieve(class_)'] },
  ])('$name', ({ ops, want }) => {
    expect(names(ops)).toEqual(want);
  });

  it('collisions: a later operation falls back to its operationId, deterministically', () => {
    const ops = () => [op('post', '/threads/runs', { id: 'createThreadAndRun' }), op('post', '/threads/{thread_id}/runs', { id: 'createRun' }), op('patch', '/threads/{thread_id}/runs', { id: 'patchRuns' })];
    const first = names(ops());
    // Paths are visited in code-unit order ('/threads/runs' < '/threads/{thread_id}/runs'), so the first keeps `create`.
    expect(first).toEqual(['threads.runs.create()', 'threads.runs.createRun(threadID)', 'threads.runs.update(threadID)']);
    expect(names(ops().reverse())).toEqual([...first].reverse());
  });

  it('a method may not take the name of a child resource', () => {
    const got = names([op('post', '/files/{id}/content', { id: 'uploadContent' }), op('get', '/files/{id}/content/{part}', { id: 'getPart' })]);
    expect(got).toEqual(['files.content.create(id)', 'files.content.retrieve(id,part)']);
    const clash = names([op('post', '/a/{id}/go', { id: 'goA' }), op('get', '/a/go/{x}', { id: 'getGo' })]);
    expect(clash).toEqual(['a.goA(id)', 'a.go.retrieve(x)']);
  });

  it('names are unique per resource even when every fallback collides', () => {
    const got = names([op('get', '/x/{a}', { id: 'same' }), op('get', '/x/{b}', { id: 'same2' }), op('get', '/x/{c}', { id: 'same3' })]);
    expect(new Set(got.map((g) => g.replace(/\(.*/, ''))).size).toBe(3);
  });
});

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
    operations: { createThreadAndRun: { resource: 'beta.threads', method: 'createAndRun', aliases: ['beta.threads.runAll'] } },
  };

  it.each([
    { name: 'prefix rule', o: op('get', '/threads/{thread_id}'), want: 'beta.threads.retrieve(threadID)' },
    { name: 'rule on the whole collection path', o: listOp('/threads'), want: 'beta.threads.list()' },
    { name: 'only the last path param is positional', o: op('get', '/threads/{thread_id}/runs/{run_id}'), want: 'beta.threads.runs.retrieve(runID)' },
    { name: 'rule with a fixed query', o: op('post', '/responses?beta=true'), want: 'beta.responses.create()' },
    { name: 'same path without the query is not matched', o: op('post', '/responses'), want: 'responses.create()' },
    { name: 'leaf segment becomes the method', o: op('get', '/org/usage/audio_speeches'), want: 'admin.usage.audioSpeeches()' },
    { name: 'leafMethod rule on its own path keeps the CRUD verb', o: op('get', '/org/usage'), want: 'admin.usage.retrieve()' },
    { name: 'listed action', o: op('post', '/stores/{id}/search'), want: 'stores.search(id)' },
    { name: 'unlisted trailing segment is a resource', o: op('post', '/uploads/{id}/parts'), want: 'uploads.parts.create(id)' },
  ])('$name', ({ o, want }) => {
    expect(names([o], rules)).toEqual([want]);
  });

  it('per-operation override wins over the rules', () => {
    expect(names([op('post', '/threads/runs', { id: 'createThreadAndRun' })], config)).toEqual(['beta.threads.createAndRun()']);
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
        message: 'operation "createThreadAndRun" is not an operationId of the spec; its overrides are ignored',
        expected: 'one of "listThreads"',
      },
    ]);
  });

  it('records the params-object path params, aliases and the source', () => {
    const ir = doc([op('get', '/threads/{thread_id}/runs/{run_id}'), op('post', '/threads/runs', { id: 'createThreadAndRun' }), op('get', '/misc')], { Item, List });
    annotate(ir, config);
    const [a, b, c] = ir.operations.map((o) => o.naming!);
    expect(a).toMatchObject({ pathParams: [{ name: 'run_id', argName: 'runID' }], pathParamsInParams: ['thread_id'], source: 'config' });
    expect(b).toMatchObject({ aliases: [{ resource: ['beta', 'threads'], method: 'runAll' }], source: 'config' });
    expect(c).toMatchObject({ resource: ['misc'], method: 'retrieve', source: 'default' });
    expect(c!.pathParamsInParams).toBeUndefined();
  });
});
