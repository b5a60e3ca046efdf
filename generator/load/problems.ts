import { relative } from 'node:path';
import { SdkgenError } from '../errors.js';
import { lineOf } from './lines.js';

/** Builds a load-stage `SdkgenError` at `pointer` of `file`, with the line computed now. */
export function loadError(
  file: string,
  pointer: string | undefined,
  message: string,
  expected: string,
): SdkgenError {
  const line = pointer === undefined ? undefined : lineOf(file, pointer);
  return new SdkgenError({
    level: 'error',
    stage: 'load',
    file,
    ...(line ? { line } : {}),
    ...(pointer !== undefined ? { pointer } : {}),
    message,
    expected,
  });
}

/** A path as shown in messages: relative to the working directory when that is shorter. */
export function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && rel.length < path.length ? rel : path;
}
