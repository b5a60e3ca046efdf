import { Project, ts, type MethodDeclaration } from 'ts-morph';
import { compareStrings } from '../../util/sort.js';
import type { Change } from '../types.js';
import { assignable, callBreak, satisfiesOldReaders } from './compat.js';
import { SDK_RULES, type SdkRuleId } from './rules.js';
import { readSurface } from './surface.js';

function change(id: SdkRuleId, pointer: string, message: string, old?: unknown, now?: unknown): Change {
  const c: Change = { id, level: SDK_RULES[id][0], operation: '', pointer, message };
  if (old !== undefined) c.old = old;
  if (now !== undefined) c.new = now;
  return c;
}

/** `name(params): Result` of a method, without its body. */
function signature(m: MethodDeclaration): string {
  const ret = m.getReturnTypeNode()?.getText();
  const text = `${m.getName()}(${m
    .getParameters()
    .map((p) => p.getText())
    .join(', ')})${ret ? `: ${ret}` : ''}`;
  return text.replace(/\s+/g, ' ');
}

/**
 * Compares the public surface of two packages (entry files, e.g. `old/src/index.ts`) in one
 * TypeScript program: exports and client methods removed/added, old calls that no longer
 * compile, results that no longer satisfy old readers, exported types that changed. The two
 * packages should share their runtime files, so runtime classes are the same declarations.
 */
export function compareSurfaces(oldEntry: string, newEntry: string): Change[] {
  const project = new Project({
    compilerOptions: {
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    },
    skipAddingFilesFromTsConfig: true,
  });
  const a = project.addSourceFileAtPath(oldEntry);
  const b = project.addSourceFileAtPath(newEntry);
  project.resolveSourceFileDependencies();
  const checker = project.getTypeChecker();
  const before = readSurface(a);
  const after = readSurface(b);
  const out: Change[] = [];
  for (const [name, e] of before.exports) {
    const n = after.exports.get(name);
    if (!n) {
      out.push(
        change(
          'sdk-export-removed',
          `export ${name}`,
          `export ${name} (${e.kind}) went away`,
          name,
          undefined,
        ),
      );
      continue;
    }
    if (e.kind !== 'TypeAliasDeclaration' && e.kind !== 'InterfaceDeclaration') continue;
    const oldT = e.node.getType();
    const newT = n.node.getType();
    const accepts = assignable(checker, oldT, newT);
    const produces = assignable(checker, newT, oldT);
    if (!accepts || !produces) {
      const why = [
        !accepts && 'old values no longer fit it',
        !produces && 'its values no longer fit the old type',
      ]
        .filter(Boolean)
        .join('; ');
      out.push(change('sdk-type-changed', `export ${name}`, `exported type ${name} changed: ${why}`));
    }
  }
  for (const name of after.exports.keys()) {
    if (!before.exports.has(name))
      out.push(change('sdk-export-added', `export ${name}`, `new export ${name}`, undefined, name));
  }
  for (const [path, olds] of before.methods) {
    const news = after.methods.get(path);
    if (!news) {
      out.push(
        change('sdk-method-removed', `client.${path}`, `method client.${path}() went away`, path, undefined),
      );
      continue;
    }
    olds.forEach((o, i) => {
      const callable = news.find((n) => callBreak(checker, o, n) === undefined);
      const peer = news[Math.min(i, news.length - 1)]!;
      if (!callable) {
        const why = callBreak(checker, o, peer);
        out.push(
          change(
            'sdk-method-params-incompatible',
            `client.${path}`,
            `an old call of client.${path}() no longer compiles: ${why}`,
            signature(o),
            signature(peer),
          ),
        );
      }
      const reader = callable ?? peer;
      if (!satisfiesOldReaders(checker, o, reader)) {
        out.push(
          change(
            'sdk-method-result-incompatible',
            `client.${path}`,
            `client.${path}() returns ${reader.getReturnType().getText(reader)}, which code reading the old ${o.getReturnType().getText(o)} cannot use`,
          ),
        );
      }
    });
  }
  for (const path of after.methods.keys()) {
    if (!before.methods.has(path))
      out.push(change('sdk-method-added', `client.${path}`, `new method client.${path}()`, undefined, path));
  }
  return out.sort((x, y) => compareStrings(x.pointer, y.pointer) || compareStrings(x.id, y.id));
}
