import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const COMPONENT_REF = /^#\/components\/([^/]+)\/(.+)$/;

/** A copy of a JSON value with every `$ref` to a component renamed by `rename`. */
function renameRefs(value: Json, rename: (kind: string, name: string) => string): Json {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, rename));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) {
    const m = k === '$ref' && typeof v === 'string' ? COMPONENT_REF.exec(v) : null;
    out[k] = m ? `#/components/${m[1]}/${rename(m[1]!, m[2]!)}` : renameRefs(v, rename);
  }
  return out;
}

/**
 * `copies` renamed copies of a spec in one document: copy `k` (from 2 on) has its paths under
 * `/copy<k>`, its operation ids and component names suffixed `Copy<k>` (every `$ref` rewritten),
 * so the result has `copies` times the operations and schemas and nothing collides. Webhooks and
 * security schemes are kept once. Returns the operation count.
 */
export function writeSyntheticSpec(specPath: string, copies: number, outFile: string): number {
  const spec = parse(readFileSync(specPath, 'utf8')) as { [key: string]: Json };
  const paths: { [key: string]: Json } = {};
  const components: { [kind: string]: { [name: string]: Json } } = {};
  let operations = 0;
  for (let k = 1; k <= copies; k++) {
    const suffix = k === 1 ? '' : `Copy${k}`;
    const rename = (kind: string, name: string): string => (kind === 'securitySchemes' ? name : `${name}${suffix}`);
    for (const [kind, members] of Object.entries((spec.components ?? {}) as { [kind: string]: { [name: string]: Json } })) {
      if (kind === 'securitySchemes' && k > 1) continue;
      const into = (components[kind] ??= {});
      for (const [name, value] of Object.entries(members)) into[rename(kind, name)] = renameRefs(value, rename);
    }
    for (const [path, item] of Object.entries((spec.paths ?? {}) as { [path: string]: { [key: string]: Json } })) {
      const copy = renameRefs(item, rename) as { [key: string]: { [key: string]: Json } };
      for (const op of Object.values(copy)) {
        if (op && typeof op === 'object' && typeof op.operationId === 'string') {
          op.operationId = `${op.operationId}${suffix}`;
          operations++;
        }
      }
      paths[k === 1 ? path : `/copy${k}${path}`] = copy;
    }
  }
  writeFileSync(outFile, JSON.stringify({ ...spec, paths, components }));
  return operations;
}
