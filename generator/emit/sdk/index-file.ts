import type { ResourceView } from './resource-file.js';

/**
 * Export lines of `src/index.ts`: client (default + named), runtime, errors, every type. Resource
 * types come from the resource module itself, not its folder's `index.ts` (one file less for a
 * consumer's `tsc` to load per resource).
 */
export function indexExports(clientName: string, resources: ResourceView[], hasTypes: boolean, extra: string[] = []): string[] {
  const lines = [
    `export { ${clientName} as default, ${clientName}, type ClientOptions } from './client.js';`,
    `export { APIPromise } from './core/api-promise.js';`,
    `export { AbstractPage, CursorPage, Page, PagePromise } from './core/pagination.js';`,
    `export { Stream } from './core/streaming.js';`,
    `export { toFile, type Uploadable } from './core/uploads.js';`,
    `export type { RequestOptions } from './core/request-options.js';`,
    `export * from './core/error.js';`,
  ];
  if (hasTypes) lines.push(`export type * from './types.js';`);
  for (const r of resources) {
    if (r.typeNames.length === 0) continue;
    const from = './' + r.path.replace(/^src\//, '').replace(/\.ts$/, '.js');
    lines.push(`export type { ${r.typeNames.join(', ')} } from '${from}';`);
  }
  lines.push(...extra);
  return lines;
}
