import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { siblingItem } from '../../generator/annotate/polling.js';
import { parseSdkConfig } from '../../generator/config/load.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const SPEC = join(import.meta.dirname, '..', 'fixtures', 'custom', 'jobs.yaml');

describe('siblingItem: how a GET re-reads what an operation returns', () => {
  it.each([
    ['/runs', '/runs/{run_id}', { idParam: 'run_id' }],
    ['/threads/{thread_id}/runs', '/threads/{thread_id}/runs/{run_id}', { idParam: 'run_id' }],
    ['/threads/{t}/runs/{run_id}/submit_tool_outputs', '/threads/{t}/runs/{run_id}', {}],
    ['/jobs/{id}/actions/cancel', '/jobs/{id}', {}],
    ['/runs', '/runs/latest', undefined],
    ['/runs', '/threads/{id}', undefined],
    ['/runs/{id}', '/runs/{id}', undefined],
    ['/runs/{id}/steps/{step_id}/retry', '/runs/{id}', undefined],
    ['/runs', '/runs/{run_id}/steps', undefined],
  ])('%s re-read by %s → %j', (path, retrieve, want) => {
    expect(siblingItem(path, retrieve)).toEqual(want);
  });
});

/** The jobs fixture annotated with the given SDK config; each polled operation's annotation. */
async function polled(configYaml: string): Promise<{ polling: Record<string, unknown>; warnings: string[] }> {
  const config = parseSdkConfig(`client: { name: Jobs }\n${configYaml}`, 'jobs.sdk.yaml');
  const ir: IRDocument = annotate(parseSpec(await loadSpec(SPEC)), config);
  const polling: Record<string, unknown> = {};
  for (const op of ir.operations) if (op.polling) polling[op.id] = op.polling;
  return { polling, warnings: ir.diagnostics.filter((d) => d.pointer?.endsWith('/polling')).map((d) => d.message) };
}

const inferred = { retrieve: 'retrieveJob', statusField: 'status', terminal: ['needs_input', 'succeeded', 'failed', 'cancelled'], pending: ['queued', 'running'], idParam: 'job_id' };

describe('annotatePolling on the jobs fixture', () => {
  it.each<[string, string, Record<string, unknown>, string[]]>([
    [
      'inferred: create on the collection and both actions on the item; GETs, lists and projects (no status) are not polled',
      '',
      { createJob: inferred, submitJobInputs: inferred, cancelJob: inferred },
      [],
    ],
    ['the config turns one off', 'operations: { cancelJob: { polling: false } }', { createJob: inferred, submitJobInputs: inferred }, []],
    [
      'the config says which statuses are terminal',
      'operations: { createJob: { polling: { terminal: [succeeded, failed, cancelled] } } }',
      {
        createJob: { ...inferred, terminal: ['succeeded', 'failed', 'cancelled'], pending: ['queued', 'running', 'needs_input'] },
        submitJobInputs: inferred,
        cancelJob: inferred,
      },
      [],
    ],
    [
      'a retrieve operation that is not a GET on the item: warning, no helper',
      'operations: { createJob: { polling: { retrieve: retrieveProject } } }',
      { submitJobInputs: inferred, cancelJob: inferred },
      ['"retrieveProject" is not a GET on the item this operation returns; no polling helper for createJob'],
    ],
    [
      'a status field the item does not have: warning, no helper',
      'operations: { createJob: { polling: { statusField: state } } }',
      { submitJobInputs: inferred, cancelJob: inferred },
      ['the response has no string enum "state"; no polling helper for createJob'],
    ],
    [
      'terminal values that leave nothing pending: warning, no helper',
      'operations: { createJob: { polling: { terminal: [queued, running, needs_input, succeeded, failed, cancelled] } } }',
      { submitJobInputs: inferred, cancelJob: inferred },
      ['status values queued, running, needs_input, succeeded, failed, cancelled do not split into pending and terminal ones; no polling helper for createJob'],
    ],
  ])('%s', async (_name, config, want, warnings) => {
    const got = await polled(config);
    expect(got.polling).toEqual(want);
    expect(got.warnings).toEqual(warnings);
  });

  it('rejects a malformed override with the config error format', () => {
    expect(() => parseSdkConfig('client: { name: Jobs }\noperations: { createJob: { polling: { terminal: done } } }', 'jobs.sdk.yaml')).toThrow(
      /jobs\.sdk\.yaml:2 #\/operations\/createJob\/polling\/terminal: expected a list/,
    );
  });
});
