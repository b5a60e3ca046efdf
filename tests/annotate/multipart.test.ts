import { describe, expect, it } from 'vitest';
import { annotateMultipart } from '../../generator/annotate/multipart.js';
import type { IRMultipart, IRSchema } from '../../generator/ir/types.js';
import { allOf, arr, bin, doc, json, media, obj, op, ref, str, union } from './ir-builders.js';

const form = (schema: IRSchema) => media('multipart/form-data', schema);
const schemas = { Upload: obj({ file: bin(), purpose: str() }), Image: union(bin(), arr(bin())) };

const cases: { name: string; body: ReturnType<typeof form>[]; want: IRMultipart | undefined }[] = [
  {
    name: 'format: binary field',
    body: [form(obj({ file: bin(), purpose: str() }))],
    want: { fileFields: [{ name: 'file', array: false }], alsoJson: false },
  },
  {
    name: 'contentMediaType (3.1 style)',
    body: [form(obj({ audio: str({ contentMediaType: 'audio/wav' }) }))],
    want: { fileFields: [{ name: 'audio', array: false }], alsoJson: false },
  },
  {
    name: 'base64 contentEncoding is text, not a file',
    body: [form(obj({ data: str({ contentMediaType: 'image/png', contentEncoding: 'base64' }) }))],
    want: { fileFields: [], alsoJson: false },
  },
  {
    name: 'array of files',
    body: [form(obj({ files: arr(bin()) }))],
    want: { fileFields: [{ name: 'files', array: true }], alsoJson: false },
  },
  {
    name: 'body through a ref',
    body: [form(ref('Upload'))],
    want: { fileFields: [{ name: 'file', array: false }], alsoJson: false },
  },
  {
    name: 'field through a ref to a file-or-files union',
    body: [form(obj({ image: ref('Image') }))],
    want: { fileFields: [{ name: 'image', array: true }], alsoJson: false },
  },
  {
    name: 'allOf body and nullable-union field',
    body: [form(allOf(ref('Upload'), obj({ mask: union(bin(), str()) })))],
    want: {
      fileFields: [
        { name: 'file', array: false },
        { name: 'mask', array: false },
      ],
      alsoJson: false,
    },
  },
  {
    name: 'also accepts JSON',
    body: [form(obj({ file: bin() })), json(obj({ file_id: str() }))],
    want: { fileFields: [{ name: 'file', array: false }], alsoJson: true },
  },
  {
    name: 'multipart with no files',
    body: [form(obj({ name: str() }))],
    want: { fileFields: [], alsoJson: false },
  },
  { name: 'JSON only: not multipart', body: [json(obj({ file: bin() }))], want: undefined },
];

describe('annotate/multipart', () => {
  it.each(cases)('$name', ({ body, want }) => {
    const ir = doc([op('post', '/upload', { body })], schemas);
    annotateMultipart(ir);
    expect(ir.operations[0]!.multipart).toEqual(want);
  });
});
