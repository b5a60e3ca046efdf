import { expect } from 'vitest';

/** What `openaiBasics` returns against the local server, on a runtime that reports itself as `runtime`. */
export function expectedBasics(runtime: string): Record<string, unknown> {
  return {
    json: [`model-a@${runtime}`],
    stream: { chunks: 5, text: 'Hello from the stream' },
  };
}

/** What `openaiScenario` returns: every step as the server answered it; only a browser refuses the flag-less client. */
export function expectedOpenai(runtime: string): Record<string, unknown> {
  return {
    ...expectedBasics(runtime),
    pages: ['file-1', 'file-2', 'file-3', 'file-4', 'file-5'],
    uploadFile: 'hello.txt|hello file|assistants:10',
    uploadBlob: 'blob.bin|hi|batch:2',
    abort: { aborted: true, name: 'APIUserAbortError' },
    rateLimit: {
      rateLimit: true,
      status: 429,
      attempts: 2,
      message: expect.stringContaining('Rate limit reached'),
    },
    withoutBrowserFlag:
      runtime === 'browser'
        ? {
            error: 'SDKError',
            message: expect.stringMatching(/^OpenAI: running in a browser .*dangerouslyAllowBrowser: true/),
          }
        : 'constructed',
  };
}

/** What `petstoreScenario` returns (a config-less package: no browser refusal). */
export function expectedPetstore(runtime: string): Record<string, unknown> {
  return { json: `7:Rex@${runtime}`, upload: 'rex.png|4|woof' };
}
