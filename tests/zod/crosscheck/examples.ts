import { parse as parseYaml } from 'yaml';
import type { IRDocument } from '../../../generator/ir/types.js';
import { join } from '../../../generator/util/pointer.js';
import { isObject } from '../../../generator/util/json.js';

/** A value to validate, the schema to validate it with, and where it came from. */
export interface Case {
  /** Stable id for the report, e.g. `example listAssistants #0` or `sample Pet drop:id`. */
  id: string;
  /** JSON pointer of the schema in the document (for ajv). */
  pointer: string;
  /** How to find the same schema among the zod exports. */
  zod: { component: string } | { operation: string; kind: 'response' };
  value: unknown;
  /** The example was not strict JSON (trailing comma, comment) and was read leniently. */
  lenient?: boolean;
}

/** `response` strings of an `x-oaiMeta.examples` value (an object, or a list of them). */
function responseTexts(examples: unknown): unknown[] {
  const list = Array.isArray(examples) ? examples : [examples];
  return list.filter(isObject).map((e) => e['response']);
}

/**
 * The example as JSON. Some examples are JSON with a trailing comma or a comment: those are read
 * with the YAML parser (a superset for such flow collections) and marked `lenient`.
 */
function parseJson(text: unknown): { ok: true; value: unknown; lenient: boolean } | { ok: false } {
  if (typeof text !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text), lenient: false };
  } catch {
    if (!/^\s*[[{]/.test(text)) return { ok: false };
    try {
      const value: unknown = parseYaml(text);
      return typeof value === 'object' && value !== null ? { ok: true, value, lenient: true } : { ok: false };
    } catch {
      return { ok: false };
    }
  }
}

/**
 * Every JSON response example in the spec's `x-oaiMeta`: on operations (checked against the first
 * success JSON response schema) and on component schemas (`x-oaiMeta.example`). Examples that are
 * not JSON (event streams, binary, prose) are counted in `skipped`, not silently lost.
 */
export function oaiMetaExamples(ir: IRDocument): { cases: Case[]; skipped: string[] } {
  const cases: Case[] = [];
  const skipped: string[] = [];
  for (const op of ir.operations) {
    const meta = op.extensions?.['x-oaiMeta'];
    if (!isObject(meta) || meta['examples'] === undefined) continue;
    const response = op.responses.find((r) => r.status.startsWith('2') && r.contents.some((c) => /json/i.test(c.mediaType) && c.schema));
    const content = response?.contents.find((c) => /json/i.test(c.mediaType) && c.schema);
    responseTexts(meta['examples']).forEach((text, i) => {
      const id = `example ${op.id} #${i}`;
      const parsed = parseJson(text);
      if (!parsed.ok || !content?.schema) return void skipped.push(id);
      const pointer = join(response!.pointer, 'content', content.mediaType, 'schema');
      cases.push({ id, pointer, zod: { operation: op.id, kind: 'response' }, value: parsed.value, lenient: parsed.lenient });
    });
  }
  for (const [name, named] of Object.entries(ir.schemas)) {
    const meta = named.schema.extensions?.['x-oaiMeta'];
    if (!isObject(meta) || meta['example'] === undefined) continue;
    const id = `example ${name}`;
    const parsed = parseJson(meta['example']);
    if (!parsed.ok) skipped.push(id);
    else cases.push({ id, pointer: named.schema.pointer, zod: { component: name }, value: parsed.value, lenient: parsed.lenient });
  }
  return { cases, skipped };
}
