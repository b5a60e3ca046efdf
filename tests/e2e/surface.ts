import { join } from 'node:path';
import ts from 'typescript';

const FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Variable) return 'const';
  return 'other';
}

/** Methods of a resource object, and its child resources, as `a.b.method(sig): R` lines. */
function resourceLines(checker: ts.TypeChecker, type: ts.Type, prefix: string, out: string[], depth = 0): void {
  if (depth > 8) return;
  for (const prop of checker.getPropertiesOfType(type).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const decl = prop.valueDeclaration ?? prop.declarations?.[0];
    if (!decl || prop.name.startsWith('_') || prop.name.startsWith('#')) continue;
    const propType = checker.getTypeOfSymbolAtLocation(prop, decl);
    if (ts.isMethodDeclaration(decl)) {
      for (const sig of propType.getCallSignatures()) out.push(`${prefix}.${prop.name}${checker.signatureToString(sig, undefined, FLAGS)}`);
    } else if (ts.isPropertyDeclaration(decl) && propType.getCallSignatures().length === 0 && propType.getProperties().some((p) => p.name === '_client')) {
      resourceLines(checker, propType, `${prefix}.${prop.name}`, out, depth + 1);
    }
  }
}

/**
 * The API surface of a generated package, without prose: every name `src/index.ts` exports
 * (with its kind), and every resource method reachable from the default-exported client,
 * with its full signature. A snapshot of this shows what a change did to the SDK.
 */
export function apiSurface(pkgDir: string): string {
  const entry = join(pkgDir, 'src', 'index.ts');
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const lines = ['# exports'];
  let client: ts.Symbol | undefined;
  for (const sym of checker.getExportsOfModule(module).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    lines.push(`${kindOf(target)} ${sym.name}`);
    if (sym.name === 'default') client = target;
  }
  if (client) {
    lines.push('', '# client');
    const decl = client.valueDeclaration!;
    const instance = checker.getDeclaredTypeOfSymbol(client);
    const ctor = checker.getTypeOfSymbolAtLocation(client, decl).getConstructSignatures()[0];
    if (ctor) lines.push(`new ${client.name}${checker.signatureToString(ctor, undefined, FLAGS)}`);
    resourceLines(checker, instance, 'client', lines);
  }
  return lines.join('\n') + '\n';
}
