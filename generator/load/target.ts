import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitPointer } from '../util/pointer.js';
import { loadError } from './problems.js';

/** Where a `$ref` points: an absolute file and a local JSON pointer (`#` or `#/...`) in it. */
export interface Target {
  file: string;
  pointer: string;
}

export function targetKey(t: Target): string {
  return `${t.file}${t.pointer}`;
}

/**
 * Resolves `ref` written in `baseFile` (at `at`, for errors): relative paths against that file,
 * percent-encoding decoded, the fragment kept as a JSON pointer (`~0`/`~1` and `%xx` are
 * decoded token by token when it is followed).
 */
export function resolveTarget(ref: string, baseFile: string, at: string): Target {
  const hash = ref.indexOf('#');
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  const pointer = fragment === '' || fragment === '/' ? '#' : `#${fragment}`;
  if (pointer !== '#' && !fragment.startsWith('/')) {
    throw loadError(
      baseFile,
      at,
      `$ref "${ref}" has a fragment that is not a JSON pointer`,
      'a fragment like "#/components/schemas/Name"',
    );
  }
  try {
    if (pointer.includes('%')) splitPointer(pointer); // only percent-decoding can fail
  } catch {
    throw loadError(baseFile, at, `$ref "${ref}" has invalid percent-encoding`, 'a valid URI reference');
  }
  if (hash === 0) return { file: baseFile, pointer };
  const url = new URL(hash < 0 ? ref : ref.slice(0, hash), pathToFileURL(baseFile));
  if (url.protocol !== 'file:') {
    throw loadError(
      baseFile,
      at,
      `$ref "${ref}" points at a remote URL, which sdkgen does not fetch`,
      'a relative file path (download the file and refer to it locally)',
    );
  }
  return { file: fileURLToPath(url), pointer };
}
