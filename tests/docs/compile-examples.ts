import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { writePackage } from '../../generator/emit/package/write.js';
import type { GeneratedFile, SdkSettings } from '../../generator/emit/types.js';
import type { Example } from './extract-examples.js';

export const OUTPUT = join(import.meta.dirname, '__output__');

/** The first example that does not compile, with its location and tsc's message. */
export interface ExampleFailure {
  location: string;
  message: string;
  code: string;
}

/**
 * Writes the package under `__output__/<label>/node_modules/<name>` (so examples import it by
 * its name, through its `exports`, as users do) and each example as an ES module beside it,
 * then type-checks them all in one program. Doc-comment examples get the import and a client.
 */
export async function compileExamples(
  label: string,
  files: GeneratedFile[],
  settings: SdkSettings,
  examples: Example[],
): Promise<{ failures: ExampleFailure[]; checked: number }> {
  const root = join(OUTPUT, label);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'examples'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "private": true, "type": "module" }\n');
  await writePackage(join(root, 'node_modules', settings.packageName), files);
  const byFile = new Map<string, { example: Example; offset: number }>();
  examples.forEach((example, i) => {
    const head = example.needsClient
      ? [`import ${settings.clientName} from '${settings.packageName}';`, `const client = new ${settings.clientName}();`]
      : [];
    const file = join(root, 'examples', `example-${String(i).padStart(4, '0')}.ts`);
    writeFileSync(file, [...head, example.code, 'export {};', ''].join('\n'));
    byFile.set(file, { example, offset: head.length });
  });
  const program = ts.createProgram([...byFile.keys()], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    typeRoots: [join(import.meta.dirname, '..', '..', 'node_modules', '@types')],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const failures: ExampleFailure[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const entry = d.file ? byFile.get(d.file.fileName) : undefined;
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!entry) {
      failures.push({ location: d.file?.fileName ?? '(program)', message, code: '' });
      continue;
    }
    const [path, start] = entry.example.location.split(/:(?=\d+$)/);
    const at = Number(start) + Math.max(0, line - entry.offset);
    failures.push({ location: `${path}:${at}`, message, code: entry.example.code });
  }
  return { failures, checked: byFile.size };
}
