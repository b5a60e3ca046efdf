import type { MethodDeclaration, ParameterDeclaration, Type, TypeChecker } from 'ts-morph';

/** `a` assignable to `b`, per the compiler (both from the same program). */
export function assignable(checker: TypeChecker, a: Type, b: Type): boolean {
  return checker.compilerObject.isTypeAssignableTo(a.compilerType, b.compilerType);
}

/**
 * Callers pass object literals, which TypeScript checks for excess properties: a property the old
 * parameter type had and the new one lacks breaks such calls even when the types are assignable.
 */
function lostProperties(old: Type, now: Type): string[] {
  const target = now.getNonNullableType();
  if (!target.isObject() || target.isArray() || target.getStringIndexType()) return [];
  const source = old.getNonNullableType();
  if (source.isUnion() || target.isUnion()) return [];
  return source
    .getProperties()
    .map((p) => p.getName())
    .filter((name) => target.getProperty(name) === undefined);
}

const required = (p: ParameterDeclaration) => !p.isOptional() && !p.hasInitializer() && !p.isRestParameter();

/**
 * Why an old call of `old` would not compile against `now`, or undefined when every old call
 * still compiles: the new signature requires no argument the old one left optional or lacked,
 * takes every argument the old one took, and each old parameter type is assignable to the new
 * one (and keeps its properties). Parameter names do not matter.
 */
export function callBreak(
  checker: TypeChecker,
  old: MethodDeclaration,
  now: MethodDeclaration,
): string | undefined {
  const a = old.getParameters();
  const b = now.getParameters();
  const rest = b.length > 0 && b[b.length - 1]!.isRestParameter();
  if (a.length > b.length && !rest) return `it takes ${b.length} arguments, old calls may pass ${a.length}`;
  for (let i = 0; i < b.length; i++) {
    const p = b[i]!;
    if (required(p) && !(i < a.length && required(a[i]!)))
      return `argument ${i + 1} (${p.getName()}) is now required`;
    if (i >= a.length || p.isRestParameter()) continue;
    const before = a[i]!.getType();
    const after = p.getType();
    if (!assignable(checker, before, after))
      return `argument ${i + 1} (${p.getName()}) no longer accepts ${before.getText(a[i])}`;
    const lost = lostProperties(before, after);
    if (lost.length > 0) return `argument ${i + 1} (${p.getName()}) no longer has ${lost.join(', ')}`;
  }
  return undefined;
}

/** True when the new result type satisfies code written for the old one. */
export function satisfiesOldReaders(
  checker: TypeChecker,
  old: MethodDeclaration,
  now: MethodDeclaration,
): boolean {
  return assignable(checker, now.getReturnType(), old.getReturnType());
}
