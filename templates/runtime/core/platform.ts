/** Runtime detection for the platform headers, and a UUID that works everywhere. */

export interface PlatformInfo {
  runtime: string;
  runtimeVersion: string;
  os: string;
  arch: string;
}

let cached: PlatformInfo | undefined;

/** What runtime this is, read by duck typing so browsers and edge runtimes load this file. */
export function platformInfo(): PlatformInfo {
  if (cached) return cached;
  const g = globalThis as Record<string, any>;
  if (g['Deno']?.version) {
    cached = { runtime: 'deno', runtimeVersion: String(g['Deno'].version.deno), os: String(g['Deno'].build?.os ?? 'unknown'), arch: String(g['Deno'].build?.arch ?? 'unknown') };
  } else if (g['Bun']?.version) {
    cached = { runtime: 'bun', runtimeVersion: String(g['Bun'].version), os: 'unknown', arch: 'unknown' };
  } else if (g['process']?.versions?.node) {
    const p = g['process'];
    cached = { runtime: 'node', runtimeVersion: String(p.version), os: String(p.platform ?? 'unknown'), arch: String(p.arch ?? 'unknown') };
  } else if (g['navigator']?.userAgent === 'Cloudflare-Workers') {
    cached = { runtime: 'workerd', runtimeVersion: 'unknown', os: 'unknown', arch: 'unknown' };
  } else if (typeof g['EdgeRuntime'] === 'string') {
    cached = { runtime: 'edge', runtimeVersion: 'unknown', os: 'unknown', arch: 'unknown' };
  } else if (typeof g['navigator'] !== 'undefined') {
    cached = { runtime: 'browser', runtimeVersion: 'unknown', os: 'unknown', arch: 'unknown' };
  } else {
    cached = { runtime: 'unknown', runtimeVersion: 'unknown', os: 'unknown', arch: 'unknown' };
  }
  return cached;
}

/** True in a web page (a window with a document); false in Node, Deno, Bun, workers and edge runtimes. */
export function isBrowser(): boolean {
  const g = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return typeof g.window === 'object' && typeof g.window?.document !== 'undefined' && typeof g.navigator !== 'undefined';
}

/** `User-Agent` and `X-SDK-*` headers describing the SDK and the runtime. */
export function platformHeaders(name: string, version: string): Record<string, string> {
  const p = platformInfo();
  return {
    'User-Agent': `${name}/JS ${version}`,
    'X-SDK-Lang': 'js',
    'X-SDK-Package-Version': version,
    'X-SDK-OS': p.os,
    'X-SDK-Arch': p.arch,
    'X-SDK-Runtime': p.runtime,
    'X-SDK-Runtime-Version': p.runtimeVersion,
  };
}

/** A random v4 UUID; falls back to Math.random where `crypto.randomUUID` is missing. */
export function uuid4(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (ch) => {
    const r = (Math.random() * 16) | 0;
    return (ch === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}
