import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { getAt } from '../../generator/util/pointer.js';
import { badRefs } from './refs.js';

const specs = '/work/shared/specs';

describe('real specs', () => {
  it('loads the DigitalOcean multi-file spec with every external ref resolved', async () => {
    const spec = await loadSpec(`${specs}/digitalocean/DigitalOcean-public.v2.yaml`, { cache: false });
    const refs = badRefs(spec.document);
    expect(refs.nonLocal).toEqual([]);
    expect(refs.dangling).toEqual([]);
    expect(refs.total).toBeGreaterThan(2500);
    expect(Object.keys(getAt(spec.document, '#/paths') as object).length).toBeGreaterThan(250);
    expect(getAt(spec.document, '#/paths/~1v2~1account/get/operationId')).toBe('account_get');
    expect(typeof getAt(spec.document, '#/info/description')).toBe('string');
    const schemas = getAt(spec.document, '#/components/schemas') as Record<string, unknown>;
    expect(Object.keys(schemas).length).toBeGreaterThan(400);
    expect(schemas.droplet).toMatchObject({ type: 'object' });
    expect(spec.locate('#/paths/~1v2~1account/get/operationId')).toEqual({
      file: `${specs}/digitalocean/resources/account/account_get.yml`,
      line: 1,
    });
  });

  it('loads the OpenAI spec unchanged in shape: no refs to merge, 1,422 schemas', async () => {
    const spec = await loadSpec(`${specs}/openai/openapi.yaml`, { cache: false });
    const refs = badRefs(spec.document);
    expect(refs.nonLocal).toEqual([]);
    expect(refs.dangling).toEqual([]);
    expect(Object.keys(getAt(spec.document, '#/components/schemas') as object)).toHaveLength(1422);
    expect(spec.sha256).toBe('db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8');
  });
});
