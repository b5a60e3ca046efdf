/**
 * The OpenAI package's methods return the types the official package names: the `returns` column
 * of `official-sdk-surface.tsv` (a component's name, a per-method alias, a page type, `Response`
 * for raw binary bodies, `void`) is checked against the annotated IR of the real spec.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import type { IRDocument, IROperation } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const SPECS = new URL('../../../shared/specs/openai/', import.meta.url);
const CONFIG = new URL('../../spec/openai.sdk.yaml', import.meta.url);

/**
 * Rows that cannot match, by `METHOD path official_call`. Type names are unique across the
 * generated package, while the official package reuses a name in different modules
 * (`RoleDeleteResponse` in both `admin.organization.roles` and `...groups.roles`): one of the
 * components takes the name, the other keeps its own.
 */
const UNMATCHABLE: Record<string, string> = {
  'GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions fineTuning.checkpoints.permissions.retrieve':
    'deprecated second name of the list operation, which returns a page',
  'GET /organization/projects/{project_id}/certificates admin.organization.projects.certificates.list':
    'CertificateListResponsesPage is the organization certificates page',
  'POST /organization/projects/{project_id}/certificates/activate admin.organization.projects.certificates.activate':
    'CertificateActivateResponsesPage is the organization certificates page',
  'POST /organization/projects/{project_id}/certificates/deactivate admin.organization.projects.certificates.deactivate':
    'CertificateDeactivateResponsesPage is the organization certificates page',
  'DELETE /organization/groups/{group_id}/users/{user_id} admin.organization.groups.users.delete':
    'UserDeleteResponse is the organization user deletion',
  'DELETE /organization/projects/{project_id}/users/{user_id} admin.organization.projects.users.delete':
    'UserDeleteResponse is the organization user deletion',
  'DELETE /organization/projects/{project_id}/groups/{group_id} admin.organization.projects.groups.delete':
    'GroupDeleteResponse is the organization group deletion',
  'DELETE /organization/roles/{role_id} admin.organization.roles.delete':
    'RoleDeleteResponse is the (four) role assignment deletions',
  'DELETE /projects/{project_id}/roles/{role_id} admin.organization.projects.roles.delete':
    'RoleDeleteResponse is the (four) role assignment deletions',
  'POST /organization/users/{user_id}/roles admin.organization.users.roles.create':
    'RoleCreateResponse is the group role assignment',
  'POST /projects/{project_id}/users/{user_id}/roles admin.organization.projects.users.roles.create':
    'RoleCreateResponse is the group role assignment',
  'POST /responses/input_tokens?beta=true beta.responses.inputTokens.count':
    'InputTokenCountResponse is the non-beta token count',
};

interface Row {
  key: string;
  method: string;
  pathKey: string;
  returns: string;
}

function readRows(): Row[] {
  const text = readFileSync(new URL('official-sdk-surface.tsv', SPECS), 'utf8');
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [method, pathKey, call, returns] = line.split('\t') as [string, string, string, string];
      const callee = call.replace(/^client\./, '').replace(/\(.*$/, '');
      return { key: `${method} ${pathKey} ${callee}`, method: method.toLowerCase(), pathKey, returns };
    });
}

/** What the generated method resolves to, by name: raw `Response`, the page type, the response type or `void`. */
function returnName(op: IROperation): string {
  if (op.binary) return 'Response';
  if (op.pagination) return op.naming!.pageType!;
  return op.naming!.responseType ?? 'void';
}

describe('OpenAI config gives methods the official return type names', () => {
  let ir: IRDocument;
  const rows = readRows();

  beforeAll(async () => {
    ir = parseSpec(await loadSpec(new URL('openapi.yaml', SPECS).pathname));
    annotate(ir, await loadSdkConfig(CONFIG.pathname));
  }, 60_000);

  it('every row matches the annotated IR except the listed name clashes', () => {
    const mismatches: Record<string, string> = {};
    let matched = 0;
    for (const row of rows) {
      const op = ir.operations.find((o) => o.method === row.method && o.pathKey === row.pathKey);
      const got = op ? returnName(op) : 'no operation';
      if (got === row.returns) matched++;
      else mismatches[row.key] = `want ${row.returns}, got ${got}`;
    }
    console.log(`official return types: ${matched}/${rows.length} rows matched`);
    expect(Object.keys(mismatches).sort()).toEqual(Object.keys(UNMATCHABLE).sort());
    expect(matched).toBe(rows.length - Object.keys(UNMATCHABLE).length);
  });

  it('the config produces no warnings (every renamed component and operation exists)', () => {
    expect(ir.diagnostics.filter((d) => d.stage === 'config')).toEqual([]);
  });

  it('components behind the main responses carry the official names', () => {
    const typeName = (name: string) => ir.schemas[name]?.typeName;
    expect(typeName('CreateChatCompletionResponse')).toBe('ChatCompletion');
    expect(typeName('OpenAIFile')).toBe('FileObject');
    expect(typeName('Response')).toBe('Response');
    expect(typeName('RunObject')).toBe('Run');
    const create = ir.operations.find((o) => o.id === 'createChatCompletion')!;
    expect(create.naming!.responseType).toBe('ChatCompletion');
  });
});
