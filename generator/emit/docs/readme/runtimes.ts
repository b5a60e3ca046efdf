import type { SdkSettings } from '../../types.js';
import { codeSpan } from '../markdown.js';
import { blocks, type Section } from './section.js';

/** A runtime sdkgen's end-to-end tests (`tests/runtimes/`) run a generated package on. */
export interface TestedRuntime {
  name: string;
  /** The version the tests use (`tests/runtimes/versions.test.ts` checks it against the installed one). */
  version: string;
  /** What runs there, when not the whole scenario. */
  scope?: string;
  /** Where it comes from. */
  source: string;
}

/**
 * The runtimes and versions `npm test` runs generated packages on; keep in step with what the
 * project installs (`package.json` dev dependencies, `scripts/ensure-browser.mjs`).
 */
export const TESTED_RUNTIMES: readonly TestedRuntime[] = [
  { name: 'Node.js', version: '20.19+', source: "the generator's own runtime" },
  { name: 'Chromium (headless)', version: '156', source: 'Debian, page bundled by esbuild' },
  { name: 'Bun', version: '1.4.5', source: 'npm `bun`' },
  { name: 'Deno', version: '2.9.6', source: 'npm `deno`' },
  {
    name: 'Cloudflare workerd',
    version: '1.20261123.1',
    scope: 'JSON and SSE calls',
    source: 'npm `workerd`, Worker bundled by esbuild',
  },
];

/** `## Runtimes`: where the package is tested, and the browser rule of this client. */
export function runtimesSection(settings: SdkSettings): Section {
  const items = TESTED_RUNTIMES.map(
    (r) => `- ${r.name} ${r.version}${r.scope ? ` (${r.scope})` : ''}: ${r.source}`,
  );
  const browser =
    settings.browser === 'refuse'
      ? `In a web page the client refuses to start unless you pass ${codeSpan('dangerouslyAllowBrowser: true')}: the credential would be visible to the page's users.`
      : 'It runs in a web page as is; it needs no Node built-ins and no polyfills.';
  return {
    title: 'Runtimes',
    body: blocks(
      'Tested end to end on each runtime below against a local server: a JSON call, a paginated `for await`, an SSE stream read to the end, a `File`/`Blob` multipart upload, an abort through `AbortSignal` and a typed error after a retry.',
      items.join('\n'),
      browser,
    ),
  };
}
