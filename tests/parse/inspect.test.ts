import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspect } from '../../generator/commands/inspect.js';
import { SdkgenError } from '../../generator/errors.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/parse/petstore-3.0.yaml');

function capture() {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  return () =>
    [...log.mock.calls.map((c) => String(c[0])), ...write.mock.calls.map((c) => String(c[0]))].join('\n');
}

afterEach(() => vi.restoreAllMocks());

describe('sdkgen inspect', () => {
  it('prints counts and the first warnings', async () => {
    const out = capture();
    expect(await inspect([fixture])).toBe(0);
    const text = out();
    expect(text).toMatch(/^operations {2}4$/m);
    expect(text).toMatch(/^schemas {5}6$/m);
    expect(text).toMatch(/^webhooks {4}0$/m);
    expect(text).toMatch(/^warnings {4}1$/m);
    expect(text).toContain('operation has no operationId; using "delete_pets_pet_id"');
    expect(text).toMatch(/^time .*parse \d+ ms/m);
  });

  it('--json prints the whole IR', async () => {
    const out = capture();
    expect(await inspect(['--json', fixture])).toBe(0);
    const ir = JSON.parse(out());
    expect(ir.operations.map((o: { id: string }) => o.id)).toEqual([
      'listPets',
      'createPet',
      'getPet',
      'delete_pets_pet_id',
    ]);
    expect(Object.keys(ir.schemas)).toContain('Owner');
  });

  it.each([
    [[], 'no spec file given'],
    [['a.yaml', 'b.yaml'], 'more than one spec file given'],
    [['--yaml', 'a.yaml'], 'unknown option --yaml'],
  ])('rejects bad arguments %j', async (args, message) => {
    const error = await inspect(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkgenError);
    expect((error as SdkgenError).diagnostics[0]).toMatchObject({
      stage: 'config',
      message,
      expected: 'sdkgen inspect SPEC [--config FILE] [--json]',
    });
  });
});

describe('sdkgen inspect --config', () => {
  it('applies the SDK config: config-declared streams are counted', async () => {
    const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp(join(tmpdir(), 'inspect-config-')));
    const spec = join(dir, 'spec.yaml');
    const config = join(dir, 'sdk.yaml');
    await writeFile(
      spec,
      [
        'openapi: 3.1.0',
        'info: { title: T, version: "1" }',
        'paths:',
        '  /runs:',
        '    post:',
        '      operationId: createRun',
        '      requestBody:',
        '        content:',
        '          application/json:',
        '            schema: { type: object, properties: { stream: { type: boolean } } }',
        '      responses:',
        "        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Event' } } } }",
        'components:',
        '  schemas:',
        '    Event: { type: object, properties: { type: { type: string } } }',
      ].join('\n'),
    );
    await writeFile(
      config,
      'client: { name: T }\noperations:\n  createRun: { streaming: { event: Event } }\n',
    );
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      await inspect([spec]);
      await inspect([spec, '--config', config]);
    } finally {
      console.log = log;
    }
    const streaming = lines.join('\n').match(/^streaming\s+(\d+)/gm);
    expect(streaming).toEqual(['streaming   0', 'streaming   1']);
  });
});

describe('sdkgen inspect on the OpenAI spec with its SDK config', () => {
  it('reports the counts issue 2 asks for', async () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      await inspect([
        join(root, '..', 'shared', 'specs', 'openai', 'openapi.yaml'),
        '--config',
        join(root, 'spec', 'openai.sdk.yaml'),
      ]);
    } finally {
      console.log = log;
    }
    const count = (label: string) =>
      Number(lines.join('\n').match(new RegExp(`^${label}\\s+(\\d+)`, 'm'))?.[1]);
    expect({
      operations: count('operations'),
      schemas: count('schemas'),
      webhooks: count('webhooks'),
      streaming: count('streaming'),
      multipart: count('multipart'),
      paginated: count('paginated'),
      binary: count('binary'),
      warnings: count('warnings'),
    }).toEqual({
      operations: 288,
      schemas: 1422,
      webhooks: 16,
      streaming: 10,
      multipart: 18,
      // 51 cursor + 8 un-paged lists; the 11 usage reports are configured `pagination: false`
      // (one response of time buckets, as the official package returns them).
      paginated: 59,
      binary: 7,
      warnings: 0,
    });
  }, 120_000);
});
