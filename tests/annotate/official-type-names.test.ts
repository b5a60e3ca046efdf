/**
 * The `types:` renames of the OpenAI SDK config name things as the official `openai` package does:
 * every target is a top-level type exported by one of its `.d.ts` files (or, for the few listed
 * here, a name freed for another component), and the types consumer code uses most are there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import type { SdkConfig } from '../../generator/config/types.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const SPEC = new URL('../../../shared/specs/openai/openapi.yaml', import.meta.url).pathname;
const CONFIG = new URL('../../spec/openai.sdk.yaml', import.meta.url).pathname;
const OFFICIAL = new URL('../../node_modules/openai/resources/', import.meta.url).pathname;

/** Components renamed only because an official name took theirs (both packages call them `Message`/`Group`). */
const NOT_OFFICIAL = ['ConversationMessage', 'GroupSummary'];

/** Names of the top-level (not namespaced) interfaces and types the official `.d.ts` files export. */
function officialTypeNames(dir: string, out = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) officialTypeNames(file, out);
    else if (entry.name.endsWith('.d.ts'))
      for (const m of readFileSync(file, 'utf8').matchAll(/^export (?:interface|type) ([A-Z]\w*)/gm))
        out.add(m[1]!);
  }
  return out;
}

describe('OpenAI config type names come from the official package', () => {
  let ir: IRDocument;
  let config: SdkConfig;
  const official = officialTypeNames(OFFICIAL);

  beforeAll(async () => {
    config = await loadSdkConfig(CONFIG);
    ir = annotate(parseSpec(await loadSpec(SPEC)), config);
  }, 60_000);

  it('every renamed component takes a name the official package exports', () => {
    const targets = Object.values(config.types ?? {});
    expect(targets.length).toBeGreaterThan(100);
    expect(official.size).toBeGreaterThan(500);
    expect(targets.filter((t) => !official.has(t) && !NOT_OFFICIAL.includes(t))).toEqual([]);
  });

  it('the annotated IR carries every rename, and no component fell back to a numbered name', () => {
    for (const [component, name] of Object.entries(config.types ?? {}))
      expect(ir.schemas[component]?.typeName, component).toBe(name);
    const numbered = Object.values(ir.schemas).filter((s) => /\d$/.test(s.typeName!) && !/\d$/.test(s.name));
    expect(numbered.map((s) => s.name)).toEqual([]);
  });

  it('the types consumer code names most exist, on the schemas with the same shape', () => {
    const byName = new Map(Object.values(ir.schemas).map((s) => [s.typeName!, s]));
    const want = {
      ChatCompletionChunk: 'CreateChatCompletionStreamResponse',
      ChatCompletionMessageParam: 'ChatCompletionRequestMessage',
      ChatCompletionUserMessageParam: 'ChatCompletionRequestUserMessage',
      ChatCompletionTool: 'ChatCompletionTool',
      ResponseStreamEvent: 'ResponseStreamEvent',
      ResponseInputItem: 'InputItem',
      FileObject: 'OpenAIFile',
      Embedding: 'Embedding',
      Batch: 'Batch',
      Model: 'Model',
    };
    for (const [name, component] of Object.entries(want))
      expect(byName.get(name)?.name, name).toBe(component);
    const message = ir.schemas.ChatCompletionRequestMessage!.schema;
    expect(message.kind === 'union' && message.discriminator?.propertyName).toBe('role');
    const chat = ir.operations.find((o) => o.id === 'createChatCompletion')!;
    expect(chat.naming!.paramsType).toBe('ChatCompletionCreateParams');
    expect(chat.streaming!.event).toMatchObject({ kind: 'ref', name: 'CreateChatCompletionStreamResponse' });
    const embed = ir.operations.find((o) => o.id === 'createEmbedding')!;
    expect(embed.naming!.paramsType).toBe('EmbeddingCreateParams');
  });
});
