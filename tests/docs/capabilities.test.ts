import { describe, expect, it } from 'vitest';
import { optionalParts } from '../../generator/emit/docs/readme/optional.js';
import { extraEmitters } from '../../generator/emit/extra-emitters.js';
import { mergeAdditions } from '../../generator/emit/extras/additions.js';
import type { EmitInput } from '../../generator/emit/types.js';
import { buildPackage, fixtureInput, type DocsFixture } from './helpers.js';

/** The emit input as the pipeline builds it: with the extra emitters' additions. */
async function pipelineInput(fixture: DocsFixture): Promise<EmitInput> {
  const { ir, settings } = await fixtureInput(fixture);
  const extra = await extraEmitters();
  return { ir, settings, additions: mergeAdditions(extra.map((e) => e.additions?.({ ir, settings }) ?? {})) };
}

describe('optional parts come from what the package contains', () => {
  it('store (webhooks in the spec, realtime and Azure in the config): all three', async () => {
    const parts = optionalParts(await pipelineInput({ spec: 'docs/store.yaml', config: 'docs/store.sdk.yaml' }));
    expect(parts).toMatchObject({ webhooks: true, realtime: './realtime/ws', azure: 'AzureStore' });
  });

  it('pets (none of them): none', async () => {
    const parts = optionalParts(await pipelineInput({ spec: 'emit/pets.yaml' }));
    expect(parts).toMatchObject({ webhooks: false });
    expect(parts.realtime).toBeUndefined();
    expect(parts.azure).toBeUndefined();
  });

  it('without the additions (no extras emitter ran), nothing is promised', async () => {
    const { ir, settings } = await fixtureInput({ spec: 'docs/store.yaml', config: 'docs/store.sdk.yaml' });
    const parts = optionalParts({ ir, settings });
    expect(parts).toMatchObject({ webhooks: false });
    expect(parts.realtime).toBeUndefined();
    expect(parts.azure).toBeUndefined();
  });
});

describe('README sections follow the capabilities in the IR', () => {
  const sections = async (fixture: DocsFixture) => {
    const { files } = await buildPackage(fixture);
    const readme = files.find((f) => f.path === 'README.md')!.contents;
    return [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  };

  it('hostile: an upload but no stream and no list, so no streaming or pagination section', async () => {
    const titles = await sections({ spec: 'emit/hostile.json' });
    expect(titles).toContain('File uploads');
    expect(titles).not.toContain('Streaming responses');
    expect(titles).not.toContain('Pagination');
    expect(titles).not.toContain('Webhooks');
  });

  it('pets: stream, list and upload sections, no optional parts', async () => {
    const titles = await sections({ spec: 'emit/pets.yaml' });
    expect(titles).toEqual(expect.arrayContaining(['Streaming responses', 'Pagination', 'File uploads']));
    expect(titles).not.toEqual(expect.arrayContaining(['Webhooks']));
    expect(titles).not.toContain('Realtime');
    expect(titles).not.toContain('Deployment-routed (Azure) client');
  });
});

describe('a bare spec (one void GET, no security)', () => {
  it('gets install, usage, errors and the client sections, with examples that compile', async () => {
    const { files } = await buildPackage({ spec: 'docs/bare.yaml' });
    const readme = files.find((f) => f.path === 'README.md')!.contents;
    const titles = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(titles).not.toContain('Streaming responses');
    expect(titles).not.toContain('Pagination');
    expect(titles).not.toContain('File uploads');
    expect(titles).toContain('Installation');
    expect(readme).toContain('await client.ping.retrieve();');
    const api = files.find((f) => f.path === 'api.md')!.contents;
    expect(api).toContain('Bare 1: 1 operation.');
    expect(api).toContain('- `get /ping` `client.ping.retrieve()` → `APIPromise<void>`');
  });
});
