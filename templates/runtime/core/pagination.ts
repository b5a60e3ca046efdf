import { APIPromise } from './api-promise.js';
import type { AbstractPage } from './page-base.js';

export { AbstractPage, type PageClient, type PageConfig, type PageConstructor, type PageRequest } from './page-base.js';
export { CursorPage, Page } from './pages.js';

/**
 * A page promise: `await` gives the first page; `for await` over it gives every item of
 * every page (within the `maxItems`/`maxPages` bounds of the request options).
 */
export class PagePromise<PageT extends AbstractPage<Item>, Item = ItemOf<PageT>>
  extends APIPromise<PageT>
  implements AsyncIterable<Item>
{
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const page = await this;
    for await (const item of page) yield item;
  }
}

export type ItemOf<PageT> = PageT extends AbstractPage<infer Item> ? Item : never;
