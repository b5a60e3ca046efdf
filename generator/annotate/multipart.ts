import type { IRDocument, IRMultipart, IROperation, IRSchema } from '../ir/types.js';
import { alternatives, isJsonMedia, mediaBase, MULTIPART_MEDIA, propertiesOf } from './schema-utils.js';

/**
 * Multipart pass: an operation with a `multipart/form-data` body gets the list of its top-level
 * fields that carry file content, and whether it also accepts a JSON body.
 */
export function annotateMultipart(ir: IRDocument): void {
  for (const op of ir.operations) {
    delete op.multipart;
    const multipart = multipartOf(ir, op);
    if (multipart) op.multipart = multipart;
  }
}

function multipartOf(ir: IRDocument, op: IROperation): IRMultipart | undefined {
  const contents = op.requestBody?.contents ?? [];
  const form = contents.find((c) => mediaBase(c.mediaType) === MULTIPART_MEDIA);
  if (!form) return undefined;
  const fileFields: IRMultipart['fileFields'] = [];
  if (form.schema) {
    for (const prop of propertiesOf(ir, form.schema)) {
      const kind = fileKind(ir, prop.schema);
      if (kind) fileFields.push({ name: prop.name, array: kind === 'array' });
    }
  }
  return { fileFields, alsoJson: contents.some((c) => isJsonMedia(c.mediaType)) };
}

/**
 * `single` when the schema can be one file, `array` when it can be a list of files (either way
 * the field is a file field), undefined otherwise. Looks through refs, unions and `allOf`.
 */
export function fileKind(ir: IRDocument, schema: IRSchema): 'single' | 'array' | undefined {
  let kind: 'single' | 'array' | undefined;
  for (const alt of alternatives(ir, schema)) {
    if (isBinary(ir, alt)) kind ??= 'single';
    else if (alt.kind === 'array' && alternatives(ir, alt.items).some((i) => isBinary(ir, i))) kind = 'array';
  }
  return kind;
}

/** A string carrying raw bytes: `format: binary`, or a 3.1 `contentMediaType` that is not base64 text. */
function isBinary(ir: IRDocument, schema: IRSchema): boolean {
  if (schema.kind === 'intersection')
    return schema.members.some((m) => alternatives(ir, m).some((a) => isBinary(ir, a)));
  if (schema.kind !== 'string') return false;
  if (schema.format === 'binary') return true;
  return schema.contentMediaType !== undefined && schema.contentEncoding?.toLowerCase() !== 'base64';
}
