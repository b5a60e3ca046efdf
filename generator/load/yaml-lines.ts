/**
 * The line table of the fast YAML reader (`yaml-fast.ts`): where each line starts, its leading
 * spaces, and whether it is blank or a comment, with the few questions the reader asks of it.
 */
export const BLANK = 1;
export const COMMENT = 2;

export class LineTable {
  /** Offset of each line's first character; one more entry: the end of the text. */
  protected readonly starts: number[] = [];
  /** Leading spaces of each line (of the content column, for `- key:` lines once read). */
  protected readonly indent: number[] = [];
  /** BLANK (whitespace only), COMMENT (`#` first), or 0. */
  protected readonly kind: number[] = [];

  constructor(protected readonly text: string) {
    for (let p = 0; p < text.length;) {
      const end = text.indexOf('\n', p);
      this.starts.push(p);
      let q = p;
      while (text.charCodeAt(q) === 32) q++;
      this.indent.push(q - p);
      let r = q;
      while (text[r] === ' ' || text[r] === '\t') r++;
      this.kind.push(r === end ? BLANK : text[q] === '#' ? COMMENT : 0);
      p = end + 1;
    }
    this.starts.push(text.length);
  }

  /** The first line at or after `from` with content (not blank, not a comment). */
  protected next(from: number): number {
    let i = from;
    while (i < this.kind.length && this.kind[i] !== 0) i++;
    return i;
  }

  /** Offset of line `i`'s content. */
  protected at(i: number): number {
    return this.starts[i]! + this.indent[i]!;
  }

  /** Whether line `i` is a `- ` sequence entry. */
  protected isDash(i: number): boolean {
    const p = this.at(i);
    return this.text[p] === '-' && (this.text[p + 1] === ' ' || this.text[p + 1] === '\n');
  }
}
