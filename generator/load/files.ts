import { display, loadError } from './problems.js';
import { readSource, type SourceFile } from './read.js';
import { getAt } from '../util/pointer.js';
import type { Target } from './target.js';

/** The files a bundle has read, each read and parsed once, in the order first needed. */
export class SourceFiles {
  private readonly files = new Map<string, SourceFile>();

  constructor(entry: SourceFile) {
    this.files.set(entry.path, entry);
  }

  all(): SourceFile[] {
    return [...this.files.values()];
  }

  /**
   * The value `ref` (written in `from` at pointer `at`) points at. A missing file or a pointer
   * to nothing is reported at the `$ref`, with its line.
   */
  valueOf(target: Target, ref: string, from: string, at: string): unknown {
    let source = this.files.get(target.file);
    if (!source) {
      source = readSource(target.file, { file: from, pointer: at });
      this.files.set(target.file, source);
    }
    const value = getAt(source.value, target.pointer);
    if (value === undefined) {
      const message = `$ref "${ref}" points at nothing: ${display(target.file)} has no ${target.pointer}`;
      throw loadError(from, at, message, 'a $ref to an existing value');
    }
    return value;
  }
}
