import { describe, expect, it } from 'vitest';
import { op } from './ir-builders.js';
import { listOp, names } from './naming-helpers.js';

describe('annotate/naming: default resource tree and methods', () => {
  it.each([
    {
      name: 'CRUD on a collection and its items',
      ops: [
        listOp('/files'),
        op('post', '/files'),
        op('get', '/files/{file_id}'),
        op('post', '/files/{file_id}'),
        op('delete', '/files/{file_id}'),
      ],
      want: [
        'files.list()',
        'files.create()',
        'files.retrieve(fileID)',
        'files.update(fileID)',
        'files.delete(fileID)',
      ],
    },
    {
      name: 'nested resources and path params in order',
      ops: [listOp('/threads/{thread_id}/runs'), op('get', '/threads/{thread_id}/runs/{run_id}')],
      want: ['threads.runs.list(threadID)', 'threads.runs.retrieve(threadID,runID)'],
    },
    {
      name: 'action after a path param (POST only, nothing below)',
      ops: [op('post', '/batches/{batch_id}/cancel'), op('put', '/jobs/{id}/restart')],
      want: ['batches.cancel(batchID)', 'jobs.restart(id)'],
    },
    {
      name: 'a POSTed sub-collection with children is a resource',
      ops: [op('post', '/stores/{id}/batches'), op('get', '/stores/{id}/batches/{batch_id}')],
      want: ['stores.batches.create(id)', 'stores.batches.retrieve(id,batchID)'],
    },
    {
      name: 'singleton: GET retrieve, POST update, DELETE delete',
      ops: [op('get', '/org/settings'), op('post', '/org/settings'), op('delete', '/org/settings')],
      want: ['org.settings.retrieve()', 'org.settings.update()', 'org.settings.delete()'],
    },
    {
      name: 'PUT and PATCH update',
      ops: [op('put', '/a/{id}'), op('patch', '/b/{id}')],
      want: ['a.update(id)', 'b.update(id)'],
    },
    { name: 'leading version segment is dropped', ops: [listOp('/v2/droplets')], want: ['droplets.list()'] },
    {
      name: 'a path with no literal segment uses the first tag',
      ops: [op('get', '/{id}', { tags: ['Pet Store'] })],
      want: ['petStore.retrieve(id)'],
    },
    {
      name: 'reserved word as a path param gets a safe argument name',
      ops: [op('get', '/things/{class}')],
      want: ['things.retrieve(class_)'],
    },
  ])('$name', ({ ops, want }) => {
    expect(names(ops)).toEqual(want);
  });

  it('degenerate paths still get names: the root, params only, no tags', () => {
    expect(names([op('get', '/'), op('post', '/'), op('get', '/{id}'), op('delete', '/{id}/{sub}')])).toEqual(
      [
        'api.retrieve()',
        'api.update()',
        'api.getID(id)', // collides with GET /, falls back to the derived operationId get_/{id}
        'api.delete(id,sub)',
      ],
    );
  });

  it('collisions: a later operation falls back to its operationId, deterministically', () => {
    const ops = () => [
      op('post', '/threads/runs', { id: 'createThreadAndRun' }),
      op('post', '/threads/{thread_id}/runs', { id: 'createRun' }),
      op('patch', '/threads/{thread_id}/runs', { id: 'patchRuns' }),
    ];
    const first = names(ops());
    // Paths are visited in code-unit order ('/threads/runs' < '/threads/{thread_id}/runs'), so the first keeps `create`.
    expect(first).toEqual([
      'threads.runs.create()',
      'threads.runs.createRun(threadID)',
      'threads.runs.update(threadID)',
    ]);
    expect(names(ops().reverse())).toEqual([...first].reverse());
  });

  it('a method may not take the name of a child resource', () => {
    const got = names([
      op('post', '/files/{id}/content', { id: 'uploadContent' }),
      op('get', '/files/{id}/content/{part}', { id: 'getPart' }),
    ]);
    expect(got).toEqual(['files.content.create(id)', 'files.content.retrieve(id,part)']);
    const clash = names([op('post', '/a/{id}/go', { id: 'goA' }), op('get', '/a/go/{x}', { id: 'getGo' })]);
    expect(clash).toEqual(['a.goA(id)', 'a.go.retrieve(x)']);
  });

  it('names are unique per resource even when every fallback collides', () => {
    const got = names([
      op('get', '/x/{a}', { id: 'same' }),
      op('get', '/x/{b}', { id: 'same2' }),
      op('get', '/x/{c}', { id: 'same3' }),
    ]);
    expect(new Set(got.map((g) => g.replace(/\(.*/, ''))).size).toBe(3);
  });
});
