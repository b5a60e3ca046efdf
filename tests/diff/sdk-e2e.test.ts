import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../generator/cli.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'diff', 'sdk-e2e');

afterEach(() => vi.restoreAllMocks());

describe('sdkgen diff --sdk (generates both packages)', () => {
  it(
    'reports wire and SDK-surface changes together, with a semver verdict',
    { timeout: 240_000 },
    async () => {
      const out: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
      const status = await main([
        'diff',
        join(DIR, 'old.yaml'),
        join(DIR, 'new.yaml'),
        '--sdk',
        '--format',
        'json',
      ]);
      vi.restoreAllMocks();
      expect(status).toBe(1);
      const report = JSON.parse(out.join('\n')) as {
        sdk: { verdict: string };
        changes: { id: string; pointer: string }[];
      };
      expect(report.sdk.verdict).toBe('major');
      const got = report.changes.map((c) => `${c.id} ${c.pointer}`);
      expect(got).toContain('sdk-method-removed client.things.retrieve');
      expect(got).toContain('sdk-method-params-incompatible client.things.create');
      expect(got).toContain('sdk-method-result-incompatible client.things.create');
      expect(got).toContain('operation-removed #/paths/~1things~1{thing_id}/get');
      expect(got).toContain('request-property-removed #/components/schemas/ThingRequest/properties/color');
    },
  );
});
