import { Node, type ClassDeclaration, type MethodDeclaration, type SourceFile } from 'ts-morph';

/** The public surface of a generated package: its exports and every client method by path. */
export interface Surface {
  /** Exported name → declaration kind (`ClassDeclaration`, `TypeAliasDeclaration`, ...). */
  exports: Map<string, { kind: string; node: Node }>;
  /** `chat.completions.create` → its call signatures (overloads, or the one implementation). */
  methods: Map<string, MethodDeclaration[]>;
}

/** Public, not `_internal`, not `#private`. */
function isPublic(node: MethodDeclaration | Node): boolean {
  const name = Node.hasName(node) ? node.getName() : '';
  if (name.startsWith('_') || name.startsWith('#')) return false;
  return !(Node.isModifierable(node) && (node.hasModifier('private') || node.hasModifier('protected')));
}

/** The class an instance property holds (`messages: Messages = new Messages(...)`), if any. */
function resourceClass(node: Node): ClassDeclaration | undefined {
  const decl = node.getType().getSymbol()?.getDeclarations()[0];
  return decl && Node.isClassDeclaration(decl) ? decl : undefined;
}

function walk(
  cls: ClassDeclaration,
  prefix: string,
  out: Surface['methods'],
  seen: Set<ClassDeclaration>,
): void {
  if (seen.has(cls)) return;
  seen.add(cls);
  for (const m of cls.getInstanceMethods()) {
    if (!isPublic(m)) continue;
    const overloads = m.getOverloads();
    out.set(prefix + m.getName(), overloads.length > 0 ? overloads : [m]);
  }
  for (const p of cls.getInstanceProperties()) {
    if (!Node.isPropertyDeclaration(p) || !isPublic(p)) continue;
    const inner = resourceClass(p);
    if (inner) walk(inner, `${prefix}${p.getName()}.`, out, seen);
  }
  seen.delete(cls);
}

/**
 * Reads a package's surface from its entry file. The client is the default export when it is
 * a class, else the exported class with the most resource properties.
 */
export function readSurface(entry: SourceFile): Surface {
  const exports: Surface['exports'] = new Map();
  for (const [name, decls] of entry.getExportedDeclarations()) {
    const node = decls[0];
    if (node) exports.set(name, { kind: node.getKindName(), node });
  }
  const classes = [...exports.values()]
    .map((e) => e.node)
    .filter((n): n is ClassDeclaration => Node.isClassDeclaration(n));
  const byDefault = exports.get('default')?.node;
  const client =
    byDefault && Node.isClassDeclaration(byDefault)
      ? byDefault
      : classes.sort(
          (a, b) =>
            b.getInstanceProperties().filter(resourceClass).length -
            a.getInstanceProperties().filter(resourceClass).length,
        )[0];
  const methods: Surface['methods'] = new Map();
  if (client) walk(client, '', methods, new Set());
  return { exports, methods };
}
