import type { Diagnostic } from '../ir/types.js';

/** What `load` hands to `parse`. */
export interface LoadedSpec {
  /**
   * The whole document as plain JSON. External `$ref`s have been merged in, so every `$ref`
   * left in it is a local pointer (`#/...`) that resolves inside `document`.
   */
  document: Record<string, unknown>;
  /** The entry file, as an absolute path (or `<memory>` for in-memory specs). */
  file: string;
  /** sha256 (hex) of the entry file's bytes. */
  sha256: string;
  /**
   * Where a JSON pointer of `document` came from: the original file and (when known) line.
   * Lines may be computed lazily — call only when reporting a problem.
   */
  locate(pointer: string): { file: string; line?: number };
  /** Structural defects repaired with an obvious reading (`repair.ts`), absent when none. */
  warnings?: Diagnostic[];
  /** Every file the document was read from (the entry, then external `$ref` targets), with its bytes' sha256. */
  files?: { path: string; sha256: string }[];
}

/** Options of `loadSpec`. */
export interface LoadOptions {
  /**
   * Folder of the content-hash cache, or `false` to neither read nor write it. Default:
   * `$SDKGEN_CACHE_DIR`, else `node_modules/.cache/sdkgen` of this package. `SDKGEN_NO_CACHE=1`
   * turns the cache off whatever this says.
   */
  cache?: string | false;
  /** Repairable structural defects are errors instead of warnings (`--strict`). */
  strict?: boolean;
}
