import { SDKError } from './error.js';
import type { RequestOptions } from './request-options.js';
import type { PagePromise } from './pagination.js';
import type { RequestSpec } from './request-spec.js';

/** Pagination shape of a list operation, from the IR's pagination annotation. */
export interface PageConfig {
  /** Body field holding the items, e.g. `data`. */
  itemsField: string;
  /** Query parameter that asks for the next page, e.g. `after`. */
  cursorParam?: string;
  /** Body field that is `false` on the last page, e.g. `has_more`. */
  hasMoreField?: string;
  /** Where the next cursor comes from: a field of the last item (`id`) or of the body (`last_id`). */
  nextCursor?: { from: 'item' | 'response'; field: string };
}

/** The request that produced a page, replayed with a new cursor for the next one. */
export interface PageRequest {
  spec: RequestSpec;
  options: RequestOptions;
}

/** What a page needs from the client (structural, so this file does not import it). */
export interface PageClient {
  requestPage<PageT extends AbstractPage<Item>, Item>(
    Page: PageConstructor<PageT>,
    spec: RequestSpec,
    options?: RequestOptions,
  ): PagePromise<PageT, Item>;
}

export type PageConstructor<PageT> = new (client: PageClient, response: Response, body: unknown, request: PageRequest) => PageT;

/**
 * One page of a list. Body fields are copied onto the page (`page.data`, `page.has_more`,
 * ...) unless they clash with a page member. Iterating a page walks it and every later
 * page, stopping at `options.maxItems` items or `options.maxPages` pages when set.
 */
export abstract class AbstractPage<Item> implements AsyncIterable<Item> {
  readonly #client: PageClient;
  readonly #request: PageRequest;
  /** The HTTP response of this page (body already read). */
  readonly response!: Response;

  constructor(client: PageClient, response: Response, body: unknown, request: PageRequest) {
    this.#client = client;
    this.#request = request;
    Object.defineProperty(this, 'response', { value: response, enumerable: false });
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      for (const [key, value] of Object.entries(body)) if (!(key in this)) (this as Record<string, unknown>)[key] = value;
    }
  }

  /** The items on this page. */
  abstract getPaginatedItems(): Item[];

  /** Query parameters that fetch the next page, or null on the last page. */
  abstract nextPageQuery(): Record<string, unknown> | null;

  protected get pageRequest(): PageRequest {
    return this.#request;
  }

  hasNextPage(): boolean {
    return this.getPaginatedItems().length > 0 && this.nextPageQuery() !== null;
  }

  /** Fetches the next page with the same query and options plus the new cursor. */
  async getNextPage(): Promise<this> {
    const next = this.nextPageQuery();
    if (!next) throw new SDKError('There is no next page; check hasNextPage() before calling getNextPage().');
    const { spec, options } = this.#request;
    const nextSpec = { ...spec, query: { ...spec.query, ...next } };
    const nextOptions = options.query ? { ...options, query: { ...options.query, ...next } } : options;
    return await this.#client.requestPage(this.constructor as PageConstructor<this>, nextSpec, nextOptions);
  }

  /** This page, then each following page, up to `options.maxPages` pages. */
  async *iterPages(): AsyncGenerator<this, void, undefined> {
    const maxPages = this.#request.options.maxPages ?? Infinity;
    let page: this = this;
    for (let count = 1; count <= maxPages; count++) {
      yield page;
      if (count === maxPages || !page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }

  /** Every item from this page on, up to `options.maxItems` items and `options.maxPages` pages. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const maxItems = this.#request.options.maxItems ?? Infinity;
    let count = 0;
    if (count >= maxItems) return;
    for await (const page of this.iterPages()) {
      for (const item of page.getPaginatedItems()) {
        yield item;
        if (++count >= maxItems) return;
      }
    }
  }
}
