import { BLANK, COMMENT, LineTable } from './yaml-lines.js';
import { bail, resolvePlain } from './yaml-scalars.js';

/**
 * Plain scalars of the fast YAML reader in block context: one line, or folded over the following
 * lines indented more than their collection (a line break is a space, each empty line a `\n`);
 * a trailing comment ends them. `: `, tabs and lines that would start a sequence bail out.
 */
export class PlainLines extends LineTable {
  /** The next line to read. */
  protected line = 0;

  /** A plain scalar, continued on following lines indented more than `parent` (folded). */
  protected plain(i: number, p: number, parent: number): unknown {
    const text = this.text;
    let [value, ended] = this.plainLine(text.slice(p, this.starts[i + 1]! - 1));
    let multi = false;
    let empties = 0;
    this.line = i + 1;
    for (let j = i + 1; !ended && j < this.kind.length; j++) {
      if (this.kind[j] === BLANK) {
        empties++;
        continue;
      }
      if (this.kind[j] === COMMENT || this.indent[j]! <= parent) break;
      const [line, comment] = this.plainLine(text.slice(this.at(j), this.starts[j + 1]! - 1));
      if (line.startsWith('- ') || line.startsWith('#') || line === '-') bail();
      value += (empties > 0 ? '\n'.repeat(empties) : ' ') + line;
      empties = 0;
      multi = true;
      ended = comment;
      this.line = j + 1;
    }
    return multi ? value : resolvePlain(value);
  }

  /**
   * One line of a plain scalar without its trailing comment (a comment ends the scalar), and
   * whether there was one. Bails on `: ` (a nested mapping) and tabs.
   */
  private plainLine(raw: string): [string, boolean] {
    if (raw.includes('\t')) bail();
    const hash = raw.indexOf(' #');
    const s = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (s.includes(': ') || s.endsWith(':')) bail();
    return [s, hash !== -1];
  }
}
