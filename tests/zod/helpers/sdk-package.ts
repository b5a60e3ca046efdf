import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { annotate } from '../../../generator/annotate/index.js';
import { loadSdkConfig } from '../../../generator/config/load.js';
import { runtimeFiles } from '../../../generator/emit/package/runtime-files.js';
import { sdkEmitter } from '../../../generator/emit/sdk/index.js';
import { settingsFrom } from '../../../generator/emit/settings.js';
import { emitZod } from '../../../generator/emit/zod/index.js';
import type { IRDocument } from '../../../generator/ir/types.js';
import { checkFileSource } from './check-file.js';
import { loadIR, OUTPUT } from './emit-package.js';

/** What `writeSdkPackage` wrote: the package sources and the assignability check beside them. */
export interface SdkPackage {
  ir: IRDocument;
  src: string;
  checkFile: string;
  checkLines: Map<number, string>;
  /** `src/zod-validators.ts`: the zod entry's `validators` typed as the runtime's `Validators` (the client option). */
  validatorsFile: string;
}

/**
 * The real package sources, unformatted and unbuilt (tsc does not need either): the SDK emitter's
 * `src/types.ts` and resources, the runtime, and the zod entry, exactly as `generate` wires them
 * (`src/zod/`, types from `../types.js`, uploads from `../core/uploads.js`), plus `src/zod-check.ts`.
 */
export async function writeSdkPackage(name: string, spec: string, config?: string): Promise<SdkPackage> {
  const sdkConfig = config ? await loadSdkConfig(config) : undefined;
  const ir = annotate(await loadIR(spec), sdkConfig);
  const settings = settingsFrom(ir, sdkConfig);
  const dir = join(OUTPUT, name);
  rmSync(dir, { recursive: true, force: true });
  const zod = await emitZod(ir, {
    typesModule: '../types.js',
    uploadModule: '../core/uploads.js',
    uploadType: 'Uploadable',
    clientName: settings.clientName,
  });
  const check = checkFileSource(ir, {
    schemas: './zod/schemas.js',
    types: './types.js',
    uploads: './core/uploads.js',
    uploadType: 'Uploadable',
  });
  const files = [
    ...(await sdkEmitter.emit({ ir, settings })),
    ...runtimeFiles(),
    ...zod,
    { path: 'src/zod-check.ts', contents: check.source },
    {
      // What the user passes the client (`validators` option): the zod entry's export must fit `Validators`.
      path: 'src/zod-validators.ts',
      contents: `import type { Validators } from './core/validation.js';\nimport { validators } from './zod/index.js';\nexport const checked: Validators = validators;\n`,
    },
  ];
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }
  return {
    ir,
    src: join(dir, 'src'),
    checkFile: join(dir, 'src', 'zod-check.ts'),
    checkLines: check.lines,
    validatorsFile: join(dir, 'src', 'zod-validators.ts'),
  };
}
