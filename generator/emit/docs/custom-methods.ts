import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type ts from 'typescript';
import type { SdkSettings } from '../types.js';

/** TypeScript 5.9, loaded on first use (its parser only; generation itself never reads these names). */
let typescript: typeof ts | undefined;
const tsModule = (): typeof ts => (typescript ??= createRequire(import.meta.url)('typescript') as typeof ts);

/** The public instance methods declared in the body of class `name` of `text` (source order, each once). */
export function publicMethods(text: string, name: string, fileName = 'module.ts'): string[] {
  const t = tsModule();
  const source = t.createSourceFile(fileName, text, t.ScriptTarget.Latest, false, t.ScriptKind.TS);
  const found = source.statements.find(
    (s): s is ts.ClassDeclaration => t.isClassDeclaration(s) && s.name?.text === name,
  );
  const k = t.SyntaxKind;
  const hidden = new Set([
    k.PrivateKeyword,
    k.ProtectedKeyword,
    k.StaticKeyword,
    k.AbstractKeyword,
    k.DeclareKeyword,
  ]);
  const out: string[] = [];
  for (const member of found?.members ?? []) {
    if (!t.isMethodDeclaration(member) || !(t.isIdentifier(member.name) || t.isStringLiteral(member.name)))
      continue;
    if (member.modifiers?.some((m) => hidden.has(m.kind))) continue;
    if (!out.includes(member.name.text)) out.push(member.name.text);
  }
  return out;
}

/**
 * The methods the SDK config's custom resource classes add to the client (`custom.resources`:
 * resource path → `module#Class`), by resource path: `chat.completions` → `['parse', 'stream',
 * 'runTools']`. Read from each module's text with TypeScript's parser (no type check): the
 * public instance methods declared in the class body, overrides of generated methods included.
 * A module that is missing is left out (the custom emitter reports it).
 */
export function customMethods(settings: SdkSettings): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const custom = settings.custom;
  for (const [path, target] of Object.entries(custom?.resources ?? {})) {
    const at = target.lastIndexOf('#');
    const file = join(custom!.dir, `${target.slice(0, at)}.ts`);
    if (!existsSync(file)) continue;
    out.set(path, publicMethods(readFileSync(file, 'utf8'), target.slice(at + 1), file));
  }
  return out;
}
