/**
 * The calls every runtime makes with the generated packages, written once and run unchanged in
 * Chromium (bundled by esbuild), Bun and Deno (importing the built ESM) and, in part, workerd.
 * Each step returns what it saw; the test compares the whole result with what it wants. Loosely
 * typed on purpose: it receives the package's module namespace at run time.
 */
type Mod = Record<string, any>;

/** What a step ended with: its value, or the error's class name and message. */
async function attempt<T>(step: () => Promise<T>): Promise<T | { error: string; message: string }> {
  try {
    return await step();
  } catch (error: any) {
    return { error: String(error?.name), message: String(error?.message).slice(0, 200) };
  }
}

/** JSON and a stream read to the end: the part every runtime, workerd included, runs. */
export async function openaiBasics(mod: Mod, baseURL: string): Promise<Record<string, unknown>> {
  const OpenAI = mod['default'];
  const client = new OpenAI({ apiKey: 'test-key', baseURL, maxRetries: 0, dangerouslyAllowBrowser: true });
  return {
    json: await attempt(async () => {
      const page = await client.models.list();
      return page.data.map((m: any) => `${m.id}@${m.owned_by}`);
    }),
    stream: await attempt(async () => {
      const stream = await client.chat.completions.create({
        model: 'm',
        messages: [{ role: 'user', content: 'hi' }],
        stream: true,
      });
      let text = '';
      let chunks = 0;
      for await (const chunk of stream) {
        chunks++;
        text += chunk.choices[0]?.delta?.content ?? '';
      }
      return { chunks, text };
    }),
  };
}

/** Everything else: pages, uploads (File and Blob), abort, a typed error after a retry, browser refusal. */
export async function openaiScenario(mod: Mod, baseURL: string): Promise<Record<string, unknown>> {
  const OpenAI = mod['default'];
  const client = new OpenAI({ apiKey: 'test-key', baseURL, maxRetries: 0, dangerouslyAllowBrowser: true });
  let attempts = 0;
  const counting = (input: any, init?: any) => (attempts++, fetch(input, init));
  return {
    ...(await openaiBasics(mod, baseURL)),
    pages: await attempt(async () => {
      const ids: string[] = [];
      for await (const file of client.files.list({ limit: 2 })) ids.push(file.id);
      return ids;
    }),
    uploadFile: await attempt(async () => {
      const file = new File(['hello file'], 'hello.txt', { type: 'text/plain' });
      const created = await client.files.create({ file, purpose: 'assistants' });
      return `${created.filename}:${created.bytes}`;
    }),
    uploadBlob: await attempt(async () => {
      const file = await mod['toFile'](new Blob([new Uint8Array([104, 105])]), 'blob.bin');
      const created = await client.files.create({ file, purpose: 'batch' });
      return `${created.filename}:${created.bytes}`;
    }),
    abort: await attempt(async () => {
      const controller = new AbortController();
      const pending = client.models.retrieve('slow', { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      try {
        await pending;
        return 'not aborted';
      } catch (error) {
        return { aborted: error instanceof mod['APIUserAbortError'], name: (error as Error).name };
      }
    }),
    rateLimit: await attempt(async () => {
      const limited = new OpenAI({
        apiKey: 'test-key',
        baseURL,
        maxRetries: 1,
        fetch: counting,
        dangerouslyAllowBrowser: true,
      });
      try {
        await limited.models.retrieve('limited');
        return 'no error';
      } catch (error: any) {
        return {
          rateLimit: error instanceof mod['RateLimitError'],
          status: error.status,
          attempts,
          message: error.message,
        };
      }
    }),
    withoutBrowserFlag: await attempt(async () => {
      new OpenAI({ apiKey: 'test-key', baseURL });
      return 'constructed';
    }),
  };
}

/** A config-less corpus package (the petstore): constructed without any browser flag, one JSON call, one upload. */
export async function petstoreScenario(mod: Mod, baseURL: string): Promise<Record<string, unknown>> {
  const Client = mod['default'];
  const client = new Client({ apiKey: 'test-key', baseURL, maxRetries: 0 });
  return {
    json: await attempt(async () => {
      const pet = await client.pet.retrieve(7);
      return `${pet.id}:${pet.name}@${pet.tags?.[0]?.name}`;
    }),
    upload: await attempt(async () => {
      const file = new File(['woof'], 'rex.png', { type: 'image/png' });
      return (await client.pet.uploadImage(7, { file, additionalMetadata: 'x' })).message;
    }),
  };
}
