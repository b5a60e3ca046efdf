import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import * as z from 'zod';
import { printString } from '../../../generator/emit/zod/print-primitive.js';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: unknown) => void;

/** A string the two validators judge differently for a format, and what we decided. */
export interface FormatCase {
  format: string;
  value: string;
  ajv: boolean;
  zod: boolean;
  decision: string;
}

/** Probe values per format the emitter checks; every one is run, only disagreements are listed below. */
export const PROBES: Record<string, string[]> = {
  'date-time': ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.123+02:00', '2024-01-02t03:04:05z', '2024-01-02 03:04:05Z', '2024-01-02T03:04:05', '2024-02-30T00:00:00Z', '2024-01-02T24:00:00Z', '2024-01-02T23:59:60Z', '2024-01-02T03:04:05+0200'],
  date: ['2024-01-02', '2024-02-29', '2023-02-29', '2024-13-01', '2024-1-2', '20240102'],
  email: ['a@b.co', 'a.b+c@example.com', 'a@b', 'a b@c.com', 'ü@example.com'],
  uuid: ['123e4567-e89b-42d3-a456-426614174000', '123E4567-E89B-42D3-A456-426614174000', '123e4567e89b42d3a456426614174000', 'urn:uuid:123e4567-e89b-42d3-a456-426614174000'],
  uri: ['https://example.com/a', 'mailto:a@b.com', 'urn:isbn:123', 'foo', '/relative', 'http://', 'https://example.com/ä', 'ht tp://x'],
  ipv4: ['192.0.2.1', '256.0.0.1', '1.2.3'],
  ipv6: ['2001:db8::1', '::ffff:192.0.2.1', '2001:db8::g'],
  byte: ['aGVsbG8=', 'aGVsbG8', 'a', 'aGVs bG8='],
  hostname: ['example.com', 'a-b.example.com', 'localhost', '-a.com', 'a_b.com', 'exa mple.com', `${'a'.repeat(64)}.com`, 'example.com.', 'xn--bcher-kva.example'],
};

const NON_CANONICAL = 'zod is stricter: RFC 3339 allows it, but APIs send the canonical `T`/`Z`/`±hh:mm` form; the OpenAI spec has no date-time field.';

/** Every probe on which ajv-formats and our zod expression disagree, with the decision. */
export const FORMAT_DISAGREEMENTS: FormatCase[] = [
  { format: 'date-time', value: '2024-01-02t03:04:05z', ajv: true, zod: false, decision: NON_CANONICAL },
  { format: 'date-time', value: '2024-01-02 03:04:05Z', ajv: true, zod: false, decision: NON_CANONICAL },
  { format: 'date-time', value: '2024-01-02T23:59:60Z', ajv: true, zod: false, decision: 'zod is stricter: it has no leap seconds (RFC 3339 allows :60). No OpenAI field is a date-time.' },
  { format: 'date-time', value: '2024-01-02T03:04:05+0200', ajv: true, zod: false, decision: 'ajv is lenient: RFC 3339 needs the colon in the offset. zod is right.' },
  { format: 'uuid', value: 'urn:uuid:123e4567-e89b-42d3-a456-426614174000', ajv: true, zod: false, decision: 'ajv accepts the URN form; the spec means the bare UUID. zod is right for API values.' },
  { format: 'uri', value: 'http://', ajv: true, zod: false, decision: 'RFC 3986 allows an empty host, WHATWG URL (zod) does not for http. Not a usable URL; we keep zod.' },
  { format: 'uri', value: 'https://example.com/ä', ajv: false, zod: true, decision: 'An IRI, not a URI: ajv is right by the letter, zod (WHATWG) percent-encodes it. We keep zod: lenient on what servers send.' },
];

/** Runs every probe through ajv-formats and through the zod expression the emitter prints. */
export function formatVerdicts(): FormatCase[] {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  const out: FormatCase[] = [];
  for (const [format, values] of Object.entries(PROBES)) {
    const check = ajv.compile({ type: 'string', format });
    const expr = printString({ kind: 'string', format, pointer: '#' }, { ref: () => '', resolve: () => undefined, binary: () => '' });
    const schema = new Function('z', `return ${expr};`)(z) as z.ZodType;
    for (const value of values) {
      const a = check(value) as boolean;
      const b = schema.safeParse(value).success;
      if (a !== b) out.push({ format, value, ajv: a, zod: b, decision: FORMAT_DISAGREEMENTS.find((d) => d.format === format && d.value === value)?.decision ?? 'UNEXPLAINED' });
    }
  }
  return out;
}
