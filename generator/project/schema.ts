import { dirname, isAbsolute, resolve } from 'node:path';
import { oneOf } from '../config/errors.js';
import { CONFIG_SCHEMA, type FieldSpec } from '../config/schema.js';
import { validateConfig, type ConfigProblem } from '../config/validate.js';
import { describeJson, isObject } from '../util/json.js';
import { join as joinPointer } from '../util/pointer.js';
import type { ResolvedProject, SdkOptions } from './types.js';

const str: FieldSpec = { type: 'string' };
const bool: FieldSpec = { type: 'boolean' };

/** The keys of one SDK entry (`types.ts` documents them); `sdk` is checked on its own below. */
export const PROJECT_SCHEMA: FieldSpec & { type: 'object' } = {
  type: 'object',
  required: ['input', 'output'],
  fields: {
    input: { type: 'string', pattern: /\S/, patternDescription: 'a spec path or an http(s) URL' },
    output: { type: 'string', pattern: /\S/, patternDescription: 'a folder path' },
    name: {
      type: 'string',
      pattern: /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/,
      patternDescription: 'an npm package name, e.g. `my-api` or `@acme/api`',
    },
    sdk: str,
    sha256: { type: 'string', pattern: /^[0-9a-f]{64}$/, patternDescription: '64 lower-case hex digits' },
    url: { type: 'string', pattern: /^https?:\/\/\S+$/, patternDescription: 'an http(s) URL' },
    id: {
      type: 'string',
      pattern: /^[A-Za-z0-9_.-]+$/,
      patternDescription: 'letters, digits, `_`, `.` or `-`',
    },
    strict: bool,
    sourcesOnly: bool,
  },
};

/** Inline SDK options: the `*.sdk.yaml` schema with `client` (and `client.name`) optional. */
const INLINE_SDK: FieldSpec = (() => {
  const base = CONFIG_SCHEMA as FieldSpec & { type: 'object' };
  const client = base.fields.client as FieldSpec & { type: 'object' };
  return { ...base, required: [], fields: { ...base.fields, client: { ...client, required: [] } } };
})();

/** Every problem of one entry at `pointer` (`#` or `#/i`). */
function checkEntry(value: unknown, pointer: string): ConfigProblem[] {
  if (!isObject(value))
    return [
      {
        pointer,
        message: `expected a mapping, got ${describeJson(value)}`,
        expected: `a mapping with keys ${oneOf(Object.keys(PROJECT_SCHEMA.fields)).slice(7)}`,
      },
    ];
  const { sdk, ...rest } = value;
  const problems = validateConfig(rest, PROJECT_SCHEMA, pointer);
  if (sdk !== undefined && typeof sdk !== 'string') {
    if (isObject(sdk)) problems.push(...validateConfig(sdk, INLINE_SDK, joinPointer(pointer, 'sdk')));
    else
      problems.push({
        pointer: joinPointer(pointer, 'sdk'),
        message: `expected a path or a mapping, got ${describeJson(sdk)}`,
        expected: 'the path of a *.sdk.yaml file, or SDK options inline (generator/config/README.md)',
      });
  }
  return problems;
}

/** Problems of a whole config value: one entry or a non-empty array of entries. */
export function checkProjectConfig(value: unknown): ConfigProblem[] {
  if (!Array.isArray(value)) return checkEntry(value, '#');
  if (value.length === 0)
    return [{ pointer: '#', message: 'the list of SDKs is empty', expected: 'at least one {input, output}' }];
  const problems = value.flatMap((v, i) => checkEntry(v, `#/${i}`));
  const ids = value.map((v) => (isObject(v) ? v.id : undefined)).filter((id) => typeof id === 'string');
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup)
    problems.push({ pointer: '#', message: `id "${dup}" is used twice`, expected: 'a different id per SDK' });
  return problems;
}

/** An http(s) URL (fetched), as opposed to a path (read). */
export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Checked entries with paths made absolute against the config file's folder (or `base`). */
export function resolveEntries(
  value: unknown,
  configFile: string | undefined,
  base = process.cwd(),
): ResolvedProject[] {
  const dir = configFile ? dirname(configFile) : base;
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(dir, p));
  const list = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
  return list.map((e, i) => {
    const out: ResolvedProject = {
      input: isUrl(e.input as string) ? (e.input as string) : abs(e.input as string),
      output: abs(e.output as string),
      strict: e.strict === true,
      sourcesOnly: e.sourcesOnly === true,
      pointer: Array.isArray(value) ? `#/${i}` : '#',
    };
    if (typeof e.name === 'string') out.name = e.name;
    if (typeof e.sdk === 'string') out.sdk = abs(e.sdk);
    else if (isObject(e.sdk)) out.sdk = e.sdk as SdkOptions;
    for (const k of ['sha256', 'url', 'id'] as const) if (typeof e[k] === 'string') out[k] = e[k] as string;
    if (configFile) out.configFile = configFile;
    return out;
  });
}
