/**
 * A paged list server driven by an operation's pagination annotation: items are split into
 * pages, the next-page cursor is put where the IR says the SDK reads it (an item field or a
 * body field such as `last_id`), and the cursor query parameter selects the page.
 */
import type { IRPagination } from '../../../generator/ir/types.js';
import { sendJSON, type Handler } from './server.js';

export interface Item {
  id: string;
  object: string;
  n: number;
}

/** `sizes` pages of items `<prefix>1`, `<prefix>2`, ... */
export function makePages(sizes: number[], prefix = 'item_'): Item[][] {
  let n = 0;
  return sizes.map((size) => Array.from({ length: size }, () => ({ id: `${prefix}${++n}`, object: 'test.item', n })));
}

/** The cursor the SDK should send after page `i`. */
export function cursorAfter(pagination: IRPagination, pages: Item[][], i: number): string {
  const last = pages[i]!.at(-1)!;
  if (pagination.style === 'cursor' && pagination.nextCursor.from === 'item') {
    return String((last as unknown as Record<string, unknown>)[pagination.nextCursor.field]);
  }
  return `cur_${last.id}`;
}

/** Answers GET (or POST) list requests with the page the cursor asks for. */
export function pagedHandler(pagination: IRPagination, pages: Item[][]): Handler {
  return (req, res) => {
    const body: Record<string, unknown> = { object: 'list' };
    let index = 0;
    if (pagination.style === 'cursor') {
      const sent = req.query.get(pagination.cursorParam);
      if (sent !== null) {
        index = pages.findIndex((_, i) => cursorAfter(pagination, pages, i) === sent) + 1;
        if (index === 0) return sendJSON(res, { error: { message: `unknown cursor ${sent}` } }, 400);
      }
      const more = index < pages.length - 1;
      if (pagination.hasMoreField) body[pagination.hasMoreField] = more;
      if (pagination.nextCursor.from === 'response') {
        // Like the real API: `last_id` is set on the last page too when `has_more` says false.
        body[pagination.nextCursor.field] = more || pagination.hasMoreField ? cursorAfter(pagination, pages, index) : null;
      }
      body.first_id = pages[index]![0]!.id;
    } else {
      body.has_more = true; // an un-paged list must not go looking for more
    }
    body[pagination.itemsField] = pages[index];
    sendJSON(res, body);
  };
}
