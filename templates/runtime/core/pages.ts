import { AbstractPage, type PageClient, type PageConfig, type PageRequest } from './page-base.js';

const DEFAULT_CURSOR: PageConfig = {
  itemsField: 'data',
  cursorParam: 'after',
  hasMoreField: 'has_more',
  nextCursor: { from: 'item', field: 'id' },
};

function itemsOf<Item>(body: unknown, field: string): Item[] {
  if (Array.isArray(body)) return body as Item[];
  const items = (body as Record<string, unknown> | null | undefined)?.[field];
  return Array.isArray(items) ? (items as Item[]) : [];
}

/**
 * A cursor-paged list, driven by the request's `PageConfig` (default: items in `data`,
 * `has_more`, next page `after=<last item id>`). A cursor equal to the one just sent ends
 * the list, so a server repeating itself cannot cause an endless loop.
 */
export class CursorPage<Item> extends AbstractPage<Item> {
  declare data: Item[];
  declare has_more?: boolean;
  readonly #items: Item[];
  readonly #body: unknown;
  readonly #config: PageConfig;

  constructor(client: PageClient, response: Response, body: unknown, request: PageRequest) {
    super(client, response, body, request);
    this.#config = request.spec.page ?? DEFAULT_CURSOR;
    this.#body = body;
    this.#items = itemsOf<Item>(body, this.#config.itemsField);
    if (!Array.isArray(this.data)) this.data = this.#items;
  }

  getPaginatedItems(): Item[] {
    return this.#items;
  }

  nextPageQuery(): Record<string, unknown> | null {
    const { cursorParam, hasMoreField, nextCursor } = this.#config;
    if (!cursorParam || !nextCursor) return null;
    const body = (this.#body ?? {}) as Record<string, unknown>;
    if (hasMoreField && body[hasMoreField] === false) return null;
    const source = nextCursor.from === 'item' ? this.#items[this.#items.length - 1] : body;
    const cursor = (source as Record<string, unknown> | undefined)?.[nextCursor.field];
    if (cursor === undefined || cursor === null || cursor === '') return null;
    const { spec, options } = this.pageRequest;
    const sent = options.query?.[cursorParam] ?? spec.query?.[cursorParam];
    if (sent === cursor) return null;
    return { [cursorParam]: cursor };
  }
}

/** A list answered in one response (no cursor): iteration ends after it. */
export class Page<Item> extends AbstractPage<Item> {
  declare data: Item[];
  readonly #items: Item[];

  constructor(client: PageClient, response: Response, body: unknown, request: PageRequest) {
    super(client, response, body, request);
    this.#items = itemsOf<Item>(body, request.spec.page?.itemsField ?? 'data');
    if (!Array.isArray(this.data)) this.data = this.#items;
  }

  getPaginatedItems(): Item[] {
    return this.#items;
  }

  nextPageQuery(): null {
    return null;
  }
}
