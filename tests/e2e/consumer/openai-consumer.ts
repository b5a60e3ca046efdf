// A consumer of the generated OpenAI package, written the way users of the official `openai`
// package write code. It uses only calls and inferred types, so it also compiles against the
// official package: `bench/generate.ts` times tsc on it against both.
import OpenAI, { toFile } from 'openai';

const client = new OpenAI({ apiKey: 'sk-test', organization: 'org-1', maxRetries: 1, timeout: 20_000 });

export async function chat(): Promise<string | null | undefined> {
  const completion = await client.chat.completions.create({
    model: 'gpt-4o',
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'hello' },
      { role: 'user', content: [{ type: 'text', text: 'and again' }] },
    ],
    temperature: 0.2,
  });
  const first = completion.choices[0];
  return first?.message.content;
}

export async function chatStream(): Promise<string> {
  let text = '';
  const stream = await client.chat.completions.create({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'count to 3' }],
    stream: true,
  });
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
  return text;
}

export async function responses(): Promise<string> {
  const response = await client.responses.create({ model: 'gpt-4o', input: 'Say hi' });
  const { data, response: raw, request_id } = await client.responses.create({ model: 'gpt-4o', input: 'again' }).withResponse();
  return `${response.id} ${data.id} ${raw.status} ${request_id ?? ''}`;
}

export async function files(bytes: Uint8Array): Promise<string[]> {
  const file = await client.files.create({ file: await toFile(bytes, 'batch.jsonl'), purpose: 'batch' });
  const ids = [file.id];
  for await (const f of client.files.list()) ids.push(f.id);
  const content = await client.files.content(file.id);
  ids.push(String(content.status));
  return ids;
}

export async function embeddings(): Promise<number> {
  const result = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['a', 'b'] });
  return result.data.length + (result.data[0]?.embedding.length ?? 0);
}

export async function errors(): Promise<string> {
  try {
    await client.models.retrieve('nope');
    return 'found';
  } catch (error) {
    if (error instanceof OpenAI.NotFoundError) return `not found: ${error.status}`;
    if (error instanceof OpenAI.RateLimitError) return 'slow down';
    if (error instanceof OpenAI.APIError) return `api error ${String(error.status)}`;
    throw error;
  }
}
