import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv as AjvDraft7 } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { splitPointer } from '../../../generator/util/pointer.js';

// ajv-formats is CommonJS: its default export is the function, under `default` once more in ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: unknown) => void;

/** A validator per JSON pointer into one OpenAPI document, compiled by ajv on first use. */
export interface AjvOracle {
  validate(pointer: string, value: unknown): { valid: boolean; errors: string[] };
}

/**
 * ajv on the document's own schemas: the 2020-12 dialect for OpenAPI 3.1 (draft-07 for 3.0),
 * ajv-formats, non-strict so OpenAPI's own keywords (`discriminator`, `example`, `x-*`) are
 * ignored as JSON Schema says unknown keywords are. Formats no one defines (`unixtime`) are
 * annotations. `$ref`s resolve against the whole document, added once under the id `spec`.
 */
export function ajvOracle(document: Record<string, unknown>): AjvOracle {
  const is31 = String(document['openapi'] ?? '').startsWith('3.1');
  // Patterns that are no valid `u` regular expressions (`\:`) are compiled without `u`, as the emitter does.
  const regExp = Object.assign(
    (pattern: string, flags: string) => {
      try {
        return new RegExp(pattern, flags);
      } catch {
        return new RegExp(pattern, flags.replace('u', ''));
      }
    },
    { code: 'new RegExp' },
  );
  const options = { strict: false, allErrors: false, validateSchema: false, validateFormats: true, logger: false, code: { regExp } } as const;
  const ajv = is31 ? new Ajv2020(options) : new AjvDraft7(options);
  addFormats(ajv);
  ajv.addSchema(document, 'spec');
  const cache = new Map<string, ValidateFunction>();
  return {
    validate(pointer, value) {
      let fn = cache.get(pointer);
      if (!fn) {
        const tokens = splitPointer(pointer) ?? [];
        const fragment = tokens.map((t) => encodeURIComponent(t.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
        fn = ajv.getSchema(`spec#/${fragment}`);
        if (!fn) throw new Error(`ajv has no schema at ${pointer}`);
        cache.set(pointer, fn);
      }
      const valid = fn(value) as boolean;
      const errors = (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
      return { valid, errors };
    },
  };
}
