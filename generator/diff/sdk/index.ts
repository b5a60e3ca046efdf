import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport } from '../report.js';
import type { DiffReport } from '../types.js';
import { compareSurfaces } from './compare.js';
import { generateBoth } from './generate.js';
import type { Verdict } from './rules.js';
import { shareRuntime } from './share-runtime.js';
import { verdictOf } from './verdict.js';

export interface SdkDiffReport extends DiffReport {
  /** The semver verdict over every change (wire and SDK surface). */
  sdk: { verdict: Verdict };
}

/**
 * `--sdk`: generates the SDK package of both specs (same SDK config, in parallel) into a temporary
 * folder, compares their public TypeScript surface, and merges those changes into the wire
 * report (computed with `{ sdk: true }`). The temporary folder is removed whatever happens.
 */
export async function diffSdkSurface(
  oldFile: string,
  newFile: string,
  wire: DiffReport,
  configFile?: string,
): Promise<SdkDiffReport> {
  const root = mkdtempSync(join(tmpdir(), 'sdkgen-diff-sdk-'));
  try {
    await generateBoth(oldFile, newFile, root, configFile);
    shareRuntime(join(root, 'old'), join(root, 'new'));
    const surface = compareSurfaces(
      join(root, 'old', 'src', 'index.ts'),
      join(root, 'new', 'src', 'index.ts'),
    );
    // A component's exported type that went away is already named by the IR-level rule.
    const named = new Set(
      wire.changes.filter((c) => c.id.startsWith('sdk-component-')).map((c) => String(c.old)),
    );
    const fresh = surface.filter((c) => !(c.id === 'sdk-export-removed' && named.has(String(c.old))));
    const report = buildReport([...wire.changes, ...fresh]);
    return { ...report, sdk: { verdict: verdictOf(report.changes) } };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
