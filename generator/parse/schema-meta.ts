import type { IRSchema, IRSchemaBase } from '../ir/types.js';
import { extensions, flag, str, type JsonObject } from '../util/json.js';

/** The metadata fields of `IRSchemaBase` other than `pointer`. */
export type SchemaMeta = Omit<IRSchemaBase, 'pointer'>;

/** True when a schema says it may be null: 3.0 `nullable`, a `type` array or an enum with `null`. */
export function saysNullable(s: JsonObject): boolean {
  if (s.nullable === true) return true;
  if (Array.isArray(s.type) && s.type.includes('null')) return true;
  if (Array.isArray(s.enum) && s.enum.includes(null) && s.enum.some((v) => v !== null)) return true;
  return false;
}

/** Reads the metadata every schema node carries (title, description, default, example, ...). */
export function readMeta(s: JsonObject): SchemaMeta {
  const meta: SchemaMeta = {};
  const title = str(s, 'title');
  if (title !== undefined) meta.title = title;
  const description = str(s, 'description');
  if (description !== undefined) meta.description = description;
  if (flag(s, 'deprecated')) meta.deprecated = true;
  if (s.default !== undefined) meta.default = s.default;
  if (s.example !== undefined) meta.example = s.example;
  else if (Array.isArray(s.examples) && s.examples.length > 0) meta.example = s.examples[0];
  if (saysNullable(s)) meta.nullable = true;
  if (flag(s, 'readOnly')) meta.readOnly = true;
  if (flag(s, 'writeOnly')) meta.writeOnly = true;
  const ext = extensions(s);
  if (ext) meta.extensions = ext;
  return meta;
}

/**
 * Lays outer metadata over a freshly built node (mutating it): fields the outer schema sets
 * win, `nullable` is or-ed, and the node takes the outer pointer. Used for every schema, and
 * when a union collapses to its only member (keeping the outer description/default).
 */
export function applyMeta<T extends IRSchema>(node: T, meta: SchemaMeta, pointer: string): T {
  node.pointer = pointer;
  if (meta.title !== undefined) node.title = meta.title;
  if (meta.description !== undefined) node.description = meta.description;
  if (meta.deprecated) node.deprecated = true;
  if (meta.default !== undefined) node.default = meta.default;
  if (meta.example !== undefined) node.example = meta.example;
  if (meta.nullable) node.nullable = true;
  if (meta.readOnly) node.readOnly = true;
  if (meta.writeOnly) node.writeOnly = true;
  if (meta.extensions)
    node.extensions = node.extensions ? { ...node.extensions, ...meta.extensions } : meta.extensions;
  return node;
}
