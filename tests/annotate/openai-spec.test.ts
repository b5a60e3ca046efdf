/** The annotate passes on the real OpenAI spec, with and without the SDK config. */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { listShape } from '../../generator/annotate/list-shape.js';
import { GLOBAL_NAMES, RESERVED_WORDS, RUNTIME_NAMES } from '../../generator/annotate/naming/identifiers.js';
import { loadSdkConfig } from '../../generator/config/load.js';
import type { IRDocument } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const SPEC = new URL('../../../shared/specs/openai/openapi.yaml', import.meta.url).pathname;
const CONFIG = new URL('../../spec/openai.sdk.yaml', import.meta.url).pathname;

describe('annotate: OpenAI spec', () => {
  let bare: IRDocument;
  let configured: IRDocument;

  beforeAll(async () => {
    const loaded = await loadSpec(SPEC);
    bare = annotate(parseSpec(loaded));
    configured = annotate(parseSpec(loaded), await loadSdkConfig(CONFIG));
  }, 60_000);

  const count = (ir: IRDocument, pick: (o: IRDocument['operations'][number]) => unknown) =>
    ir.operations.filter(pick).length;

  it('streaming: 7 from the spec, 10 with the config (Assistants runs)', () => {
    expect(count(bare, (o) => o.streaming)).toBe(7);
    expect(count(configured, (o) => o.streaming)).toBe(10);
    const fromConfig = configured.operations
      .filter((o) => o.streaming?.source === 'config')
      .map((o) => o.id)
      .sort();
    expect(fromConfig).toEqual(['createRun', 'createThreadAndRun', 'submitToolOuputsToRun']);
    const chat = configured.operations.find((o) => o.id === 'createChatCompletion')!.streaming!;
    expect(chat).toMatchObject({
      flag: 'stream',
      status: '200',
      source: 'spec',
      event: { kind: 'ref', name: 'CreateChatCompletionStreamResponse' },
    });
  });

  it('multipart: 18 operations, 8 also accepting JSON, every one but two with file fields', () => {
    expect(count(bare, (o) => o.multipart)).toBe(18);
    expect(count(bare, (o) => o.multipart?.alsoJson)).toBe(8);
    const noFiles = bare.operations
      .filter((o) => o.multipart && o.multipart.fileFields.length === 0)
      .map((o) => o.id)
      .sort();
    expect(noFiles).toEqual(['CreateVideoRemix', 'create-realtime-call']);
    expect(bare.operations.find((o) => o.id === 'createImageEdit')!.multipart!.fileFields).toEqual([
      { name: 'image', array: true },
      { name: 'mask', array: false },
    ]);
  });

  it('every GET that returns a list is paginated or explicitly un-paged', () => {
    const unpaged = (ir: IRDocument) =>
      ir.operations.filter((o) => o.method === 'get' && listShape(ir, o) && !o.pagination).map((o) => o.id);
    for (const ir of [bare, configured])
      expect(ir.operations.filter((o) => o.method === 'get' && listShape(ir, o)).length).toBeGreaterThan(60);
    expect(unpaged(bare)).toEqual([]);
    // The usage reports come back whole, as in the official package (`pagination: false`).
    expect(unpaged(configured)).toHaveLength(11);
    expect(unpaged(configured).every((id) => /^usage-/.test(id))).toBe(true);
    const styles = (ir: IRDocument, style: string) => count(ir, (o) => o.pagination?.style === style);
    expect([styles(bare, 'cursor'), styles(bare, 'none')]).toEqual([62, 2]);
    expect([styles(configured, 'cursor'), styles(configured, 'none')]).toEqual([62 - 11, 8]);
    const groups = bare.operations.find((o) => o.id === 'list-groups')!.pagination;
    expect(groups).toMatchObject({
      style: 'cursor',
      cursorParam: 'after',
      hasMoreField: 'has_more',
      nextCursor: { from: 'response', field: 'next' },
    });
  });

  it('binary responses, plus the downloads the config marks', () => {
    const ids = (ir: IRDocument) =>
      ir.operations
        .filter((o) => o.binary)
        .map((o) => o.id)
        .sort();
    // Without the config, a download that also declares JSON reads JSON (JSON wins by rule).
    expect(ids(bare)).toEqual(['create-realtime-call', 'createSpeech']);
    const marked = ['GetSkillContent', 'GetSkillVersionContent', 'RetrieveContainerFileContent', 'RetrieveVideoContent', 'downloadFile'];
    expect(ids(configured)).toEqual([...ids(bare), ...marked].sort());
  });

  it('names: unique methods per resource, unique valid type names, admin credential where the spec says', () => {
    for (const ir of [bare, configured]) {
      const methods = ir.operations.map((o) => `${o.naming!.resource.join('.')}.${o.naming!.method}`);
      expect(new Set(methods).size).toBe(288);
      const types = Object.values(ir.schemas).map((s) => s.typeName!);
      const opTypes = ir.operations.flatMap((o) =>
        [o.naming!.paramsType, o.naming!.pageType].filter((t): t is string => !!t),
      );
      expect(new Set(types.map((t) => t.toLowerCase())).size).toBe(1422);
      for (const t of [...types, ...opTypes]) {
        expect(t).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
        // A config may name a type after a global on purpose (the Responses API's `Response`).
        const global = GLOBAL_NAMES.has(t) && !(ir === configured && t === 'Response');
        expect(RESERVED_WORDS.has(t) || global || RUNTIME_NAMES.has(t) || t === 'OpenAI').toBe(false);
      }
      expect(opTypes.filter((t) => types.includes(t))).toEqual([]);
    }
    const admin = configured.operations.filter((o) => o.naming!.auth === 'adminAPIKey');
    expect(admin.length).toBe(
      configured.operations.filter((o) => o.security.some((r) => 'AdminApiKeyAuth' in r)).length,
    );
    expect(configured.operations.find((o) => o.id === 'listAssistants')!.naming!.headers).toEqual({
      'OpenAI-Beta': 'assistants=v2',
    });
    expect(configured.operations.find((o) => o.id === 'createResponse')!.naming!.headers).toBeUndefined();
  });
});
