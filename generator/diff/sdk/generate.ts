import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SdkgenError } from '../../errors.js';
import { BIN } from '../../paths.js';


/** Runs `sdkgen generate` for one spec in a child process; rejects with its stderr on failure. */
function generateOne(spec: string, outDir: string, configFile: string | undefined): Promise<void> {
  const args = [BIN, 'generate', '--spec', spec, '--out', outDir, '--quiet'];
  if (configFile !== undefined) args.push('--config', configFile);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve();
      reject(
        new SdkgenError({
          level: 'error',
          stage: 'diff',
          file: spec,
          message: `--sdk could not generate the SDK for this spec: ${stderr.trim() || `exit status ${code}`}`,
          expected: 'a spec that `sdkgen generate` accepts',
        }),
      );
    });
  });
}

/**
 * Generates the old and the new SDK package side by side (two processes, so two cores work at
 * once) into `<root>/old` and `<root>/new`, with the same SDK config.
 */
export async function generateBoth(
  oldSpec: string,
  newSpec: string,
  root: string,
  configFile?: string,
): Promise<void> {
  await Promise.all([
    generateOne(oldSpec, join(root, 'old'), configFile),
    generateOne(newSpec, join(root, 'new'), configFile),
  ]);
}
