import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { generatorModule } from '../paths.js';
import { customEmitter } from './custom/index.js';
import { extrasEmitter } from './extras/index.js';
import type { Emitter } from './types.js';

/**
 * Imports a plug-in emitter. One that cannot even be loaded (a work-in-progress module) is
 * reported on stderr and left out, so the core package still builds.
 */
async function optionalImport(file: string, name: string): Promise<Record<string, unknown>> {
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    console.error(`warning [emit]: the ${name} emitter could not be loaded and is left out: ${error instanceof Error ? error.message : String(error)}`);
    return {};
  }
}

/**
 * Emitters that live in their own folders and plug in when present: zod (`emit/zod`) and docs
 * (`emit/docs`). A missing folder is not an error: the package is built without it.
 */
export async function extraEmitters(): Promise<Emitter[]> {
  const out: Emitter[] = [];
  const zodIndex = generatorModule('emit/zod/index');
  if (existsSync(zodIndex)) {
    const zod = (await optionalImport(zodIndex, 'zod')) as {
      zodEmitter?: Emitter;
      emitZod?: (ir: unknown, o: { typesModule: string; uploadModule: string; uploadType: string }) => Promise<{ path: string; contents: string }[]>;
    };
    if (zod.zodEmitter) out.push(zod.zodEmitter);
    else if (zod.emitZod) {
      const emitZod = zod.emitZod;
      out.push({
        name: 'zod',
        emit: ({ ir }) => emitZod(ir, { typesModule: '../types.js', uploadModule: '../core/uploads.js', uploadType: 'Uploadable' }),
      });
    }
  }
  const docsIndex = generatorModule('emit/docs/index');
  if (existsSync(docsIndex)) {
    const docs = await optionalImport(docsIndex, 'docs');
    const emitter = Object.values(docs).find(
      (v): v is Emitter => typeof v === 'object' && v !== null && typeof (v as Emitter).emit === 'function',
    );
    if (emitter) out.push(emitter);
  }
  out.push(extrasEmitter);
  out.push(customEmitter);
  return out;
}
