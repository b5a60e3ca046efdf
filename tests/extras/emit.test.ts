import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseSdkConfig } from '../../generator/config/load.js';
import { REASONS } from '../../generator/emit/extras/api-docs.js';
import { extrasEmitter } from '../../generator/emit/extras/index.js';
import { protocolsExpression } from '../../generator/emit/extras/realtime.js';
import { SdkgenError } from '../../generator/errors.js';
import type { IROperation } from '../../generator/ir/types.js';
import { fixtureInput, ROOT } from './helpers.js';

const paths = (files: { path: string }[]) => files.map((f) => f.path);

describe('extras emitter on the fixture spec with its config', () => {
  it('emits webhooks, both realtime clients, their runtime and the deployment-routed client; matches snapshots', async () => {
    const input = await fixtureInput('hooks.yaml', 'hooks.sdk.yaml');
    const files = await extrasEmitter.emit(input);
    expect(paths(files)).toEqual([
      'src/webhooks.ts',
      'src/realtime/ws.ts',
      'src/realtime/websocket.ts',
      'src/core/realtime/base.ts',
      'src/core/realtime/websocket.ts',
      'src/core/realtime/ws.ts',
      'src/azure.ts',
    ]);
    for (const f of files.filter((f) => !f.path.startsWith('src/core/'))) {
      await expect(f.contents).toMatchFileSnapshot(join('__snapshots__', 'hooks', f.path));
    }
    expect(paths(await extrasEmitter.emit(await fixtureInput('hooks.yaml', 'hooks.sdk.yaml')))).toEqual(paths(files));
  });

  it('adds the client member, index exports, subpaths and the optional ws peer', async () => {
    const a = extrasEmitter.additions(await fixtureInput('hooks.yaml', 'hooks.sdk.yaml'));
    expect(a.clientMembers[0]!.text(['W', 'E'])).toContain(
      "webhooks: W<E> = new W<E>(() => (this as { signingSecret?: string | null }).signingSecret, { option: 'signingSecret', env: 'HOOKS_SIGNING_SECRET' });",
    );
    expect(a.indexExports).toEqual([
      "export type { UnwrapWebhookEvent, JobFailedWebhookEvent } from './webhooks.js';",
      "export { WebhookVerificationError, type WebhookFailure } from './core/webhooks.js';",
      "export { CloudHooks, type CloudHooksClientOptions } from './azure.js';",
    ]);
    expect(a.entries).toEqual({ './realtime/ws': 'realtime/ws', './realtime/websocket': 'realtime/websocket' });
    expect(a.optionalPeers).toEqual({ ws: '^8.18.0' });
    expect(a.api.map((section) => section.split('\n')[0])).toEqual(['## Webhooks', '## Realtime', '## CloudHooks']);
    await expect(a.api.join('\n\n') + '\n').toMatchFileSnapshot(join('__snapshots__', 'hooks', 'api-sections.md'));
  });
});

describe('extras emitter without a config (any spec with webhooks)', () => {
  it('emits only the webhook types; the member reads no option, so the secret is passed per call', async () => {
    const input = await fixtureInput('hooks.yaml');
    expect(paths(await extrasEmitter.emit(input))).toEqual(['src/webhooks.ts']);
    const a = extrasEmitter.additions(input);
    expect(a.clientMembers.map((m) => m.text(['W', 'E']).split('\n').at(-1)!.trim())).toEqual(['webhooks: W<E> = new W<E>(() => undefined);']);
    expect([a.entries, a.optionalPeers]).toEqual([{}, {}]);
  });

  it('finds a secret option named like webhookSecret among the extra options', async () => {
    const input = await fixtureInput('hooks.yaml');
    input.settings.extraOptions = { region: {}, webhookSecret: { env: 'X' } };
    expect(extrasEmitter.additions(input).clientMembers[0]!.text(['W', 'E'])).toContain(".webhookSecret, { option: 'webhookSecret', env: 'X' });");
  });

  it('claims a free union name and skips the member when a resource is called webhooks', async () => {
    const input = await fixtureInput('hooks.yaml');
    input.ir.schemas.UnwrapWebhookEvent = { name: 'UnwrapWebhookEvent', schema: { kind: 'string', pointer: '#/x' } };
    const op = input.ir.operations[0]!;
    const clash: IROperation = { ...op, id: 'listHooks', naming: { ...op.naming!, resource: ['webhooks'], method: 'list' } };
    input.ir.operations.push(clash);
    const a = extrasEmitter.additions(input);
    expect(a.clientMembers).toEqual([]);
    expect(a.indexExports[0]).toBe("export type { UnwrapWebhookEvent2, JobFailedWebhookEvent } from './webhooks.js';");
  });

  it('emits nothing for a spec without webhooks', async () => {
    const input = await fixtureInput('hooks.yaml');
    input.ir.webhooks = [];
    expect(await extrasEmitter.emit(input)).toEqual([]);
    expect(extrasEmitter.additions(input).clientMembers).toEqual([]);
  });
});

describe('config problems are SdkgenErrors naming the config field', () => {
  const failure = async (change: (s: Awaited<ReturnType<typeof fixtureInput>>['settings']) => void) => {
    const input = await fixtureInput('hooks.yaml', 'hooks.sdk.yaml');
    change(input.settings);
    try {
      await extrasEmitter.emit(input);
      return 'no error';
    } catch (e) {
      expect(e).toBeInstanceOf(SdkgenError);
      return (e as SdkgenError).message;
    }
  };
  it.each([
    ['unknown event schema', (s: { realtime?: { clientEvent: string } }) => (s.realtime!.clientEvent = 'Nope'), 'error [emit] #/realtime/clientEvent: "Nope" is not a component schema of the spec (expected the name of a schema under components/schemas)'],
    ['unknown credential', (s: { realtime?: { credential?: string } }) => (s.realtime!.credential = 'token'), 'error [emit] #/realtime/credential: "token" is not a credential of the client (expected one of apiKey)'],
    ['no default credential for azure', (s: { defaultCredential?: string }) => delete s.defaultCredential, 'error [emit] #/azure: the deployment-routed client replaces the default credential, but the client has none (expected a credential with `default: true` under `credentials`)'],
  ])('%s', async (_name, change, want) => {
    expect(await failure(change as never)).toBe(want);
  });
});

describe('protocolsExpression', () => {
  it.each([
    [[], '[]'],
    [['realtime'], "['realtime']"],
    [['realtime', 'key.{credential}'], "['realtime', ...(credential ? ['key.' + credential] : [])]"],
    [["{credential}.it's"], "[...(credential ? [credential + '.it\\'s'] : [])]"],
  ])('%j', (protocols, want) => {
    expect(protocolsExpression(protocols)).toBe(want);
  });
});

describe('config validator: webhooks, realtime and azure sections', () => {
  const base = 'client: { name: Acme }\n';
  const problems = (yaml: string) => {
    try {
      parseSdkConfig(base + yaml, 'acme.sdk.yaml');
      return [];
    } catch (e) {
      return (e as SdkgenError).diagnostics.map((d) => `${d.pointer} ${d.message}`);
    }
  };
  it('accepts the sections', () => {
    const yaml = 'webhooks: { secretOption: s }\nrealtime: { className: R, clientEvent: C, serverEvent: S, path: /rt, queryParam: model }\nazure: { className: Az, deploymentPaths: [/a] }\n';
    expect(problems(yaml)).toEqual([]);
  });
  it.each([
    ['realtime: { className: R, clientEvent: C, serverEvent: S, path: rt, queryParam: model }', ['#/realtime/path "rt" is not a path starting with `/`']],
    ['realtime: { className: R }', ['#/realtime missing required key "clientEvent"', '#/realtime missing required key "serverEvent"', '#/realtime missing required key "path"', '#/realtime missing required key "queryParam"']],
    ['azure: { className: Az, deploymentPaths: [/a], endpoint: x }', ['#/azure/endpoint unknown key "endpoint"']],
    ['webhooks: { secretOption: 2x }', ['#/webhooks/secretOption "2x" is not a TypeScript identifier']],
  ])('%s', (yaml, want) => {
    expect(problems(yaml + '\n')).toEqual(want);
  });
});

describe('api.md webhook failure reasons', () => {
  it('are exactly the runtime WebhookFailure values', () => {
    const source = readFileSync(join(ROOT, 'templates', 'runtime', 'core', 'webhooks.ts'), 'utf8');
    const block = /export type WebhookFailure =([^;]+);/.exec(source)![1]!;
    expect([...block.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).sort()).toEqual([...REASONS].sort());
  });
});

describe('hostile webhook strings', () => {
  it('stay inside identifiers, comments and literals', async () => {
    const input = await fixtureInput('hooks.yaml', 'hooks.sdk.yaml');
    const evil = "x*/ globalThis.pwned = 1; /*";
    const hook = input.ir.webhooks.find((w) => w.name === 'job_failed')!;
    Object.assign(hook, { name: `${evil}'\u2028`, summary: evil, eventType: `${evil}\``, payload: { ...hook.payload!, description: evil } });
    const file = (await extrasEmitter.emit(input)).find((f) => f.path === 'src/webhooks.ts')!;
    const parsed = ts.createSourceFile('w.ts', file.contents, ts.ScriptTarget.ES2022, true);
    expect((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    const code = file.contents.replace(/\/\*[\s\S]*?\*\//g, '').replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
    expect(code).not.toMatch(/pwned/);
    expect(extrasEmitter.additions(input).api.join('\n')).toContain('`` x*/ globalThis.pwned = 1; /*` ``');
  });
});
