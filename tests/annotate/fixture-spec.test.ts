/** A small spec with no SDK config: every pattern is detected and every name is derived. */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../generator/annotate/index.js';
import { resolveClient } from '../../generator/config/client.js';
import type { IRDocument, IROperation } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import { parseSpec } from '../../generator/parse/index.js';

const FIXTURE = new URL('../fixtures/annotate/shop.yaml', import.meta.url).pathname;

describe('annotate: fixture spec without a config', () => {
  let ir: IRDocument;
  const byId = (id: string): IROperation => ir.operations.find((o) => o.id === id)!;

  beforeAll(async () => {
    ir = annotate(parseSpec(await loadSpec(FIXTURE)));
  });

  it.each([
    ['listProducts', 'products.list()', 'ProductListParams', 'ProductPage', 'ProductsPage', 'token'],
    ['createProduct', 'products.create()', 'ProductCreateParams', 'Product', undefined, 'token'],
    ['getProductImage', 'products.image.retrieve(productID)', undefined, undefined, undefined, 'token'],
    ['listOrders', 'orders.list()', 'OrderListParams', 'OrderList', 'OrdersPage', 'token'],
    ['streamOrderEvents', 'orders.events.retrieve(orderID)', undefined, undefined, undefined, 'partnerKey'],
    ['refundOrder', 'orders.refund(orderID)', undefined, 'Order', undefined, 'token'],
    ['health', 'health.retrieve()', undefined, undefined, undefined, undefined],
  ])('%s → %s', (id, call, paramsType, responseType, pageType, auth) => {
    const n = byId(id).naming!;
    expect(`${n.resource.join('.')}.${n.method}(${n.pathParams.map((p) => p.argName).join(',')})`).toBe(call);
    expect([n.paramsType, n.responseType, n.pageType, n.auth, n.source]).toEqual([
      paramsType,
      responseType,
      pageType,
      auth,
      'default',
    ]);
  });

  it('detects the patterns', () => {
    expect(byId('listProducts').pagination).toMatchObject({
      style: 'cursor',
      cursorParam: 'cursor',
      itemsField: 'items',
      nextCursor: { from: 'response', field: 'next_cursor' },
    });
    expect(byId('listOrders').pagination).toMatchObject({
      style: 'page',
      pageParam: 'page',
      itemsField: 'orders',
    });
    expect(byId('createProduct').multipart).toEqual({
      fileFields: [{ name: 'photos', array: true }],
      alsoJson: false,
    });
    expect(byId('getProductImage').binary).toEqual({ mediaTypes: ['image/png'] });
    expect(byId('streamOrderEvents').streaming).toMatchObject({
      event: { kind: 'ref', name: 'OrderEvent' },
      source: 'spec',
    });
    expect(byId('streamOrderEvents').streaming!.flag).toBeUndefined();
  });

  it('type names avoid globals and clash deterministically', () => {
    const names = Object.fromEntries(Object.values(ir.schemas).map((s) => [s.name, s.typeName]));
    expect(names).toMatchObject({
      Error: 'ErrorObject',
      Promise: 'PromiseObject',
      error: 'Error2',
      Product: 'Product',
    });
  });

  it('client settings default from the spec', () => {
    expect(resolveClient(ir)).toEqual({
      name: 'Shop',
      packageName: 'shop',
      version: '0.1.0',
      baseURL: 'https://shop.example.com/api/v1',
      credentials: {
        token: { env: 'SHOP_TOKEN', header: 'Authorization', prefix: 'Bearer ' },
        partnerKey: { env: 'SHOP_PARTNER_KEY', header: 'X-Partner-Key' },
      },
      defaultCredential: 'token',
      headerOptions: {},
      extraOptions: {},
    });
  });

  it('running annotate again gives the same IR', () => {
    const once: unknown = JSON.parse(JSON.stringify(ir));
    expect(JSON.parse(JSON.stringify(annotate(ir)))).toEqual(once);
  });
});
