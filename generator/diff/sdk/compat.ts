import type { MethodDeclaration, ParameterDeclaration, Type, TypeChecker } from 'ts-morph';

/** `a` assignable to `b`, per the compiler (both from the same program). */
export function assignable(checker: TypeChecker, a: Type, b: Type): boolean {
  return checker.compilerObject.isTypeAssignableTo(a.compilerType, b.compilerType);
}

/**
 * Callers pass object literals, which TypeScript checks for excess properties: a property the old
 * parameter type had and the new one lacks breaks such calls even when the types are assignable.
 */
function keepsProperties(old: Type, now: Type): boolean {
  const target = now.getNonNullableType();
  if (!target.isObject() || target.isArray() || target.getStringIndexType()) return true;
  const source = old.getNonNullableType();
  if (source.isUnion() || target.isUnion()) return true;
  return source.getProperties().every((p) => target.getProperty(p.getName()) !== undefined);
}

const required = (p: ParameterDeclaration) => !p.isOptional() && !p.hasInitializer() && !p.isRestParameter();

/**
 * True when every call the old signature allowed also compiles against the new one: the new one
 * requires no argument the old one left optional or lacked, takes every argument the old one
 * took, and each old parameter type is assignable to the new one. Names do not matter.
 */
export function acceptsOldCalls(checker: TypeChecker, old: MethodDeclaration, now: MethodDeclaration): boolean {
  const a = old.getParameters();
  const b = now.getParameters();
  const rest = b.length > 0 && b[b.length - 1]!.isRestParameter();
  if (a.length > b.length && !rest) return false;
  for (let i = 0; i < b.length; i++) {
    const p = b[i]!;
    if (required(p) && !(i < a.length && required(a[i]!))) return false;
    if (i >= a.length || p.isRestParameter()) continue;
    const before = a[i]!.getType();
    const after = p.getType();
    if (!assignable(checker, before, after) || !keepsProperties(before, after)) return false;
  }
  return true;
}

/** True when the new result type satisfies code written for the old one. */
export function satisfiesOldReaders(checker: TypeChecker, old: MethodDeclaration, now: MethodDeclaration): boolean {
  return assignable(checker, now.getReturnType(), old.getReturnType());
}
