/**
 * Reads an environment variable without assuming Node: returns undefined in browsers and
 * on runtimes without `process`, and treats empty or blank values as unset.
 */
export function readEnv(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const g = globalThis as { process?: { env?: Record<string, string | undefined> }; Deno?: DenoLike };
  let value: string | undefined;
  try {
    value = g.process?.env?.[name] ?? g.Deno?.env?.get?.(name);
  } catch {
    return undefined; // e.g. Deno without --allow-env
  }
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

interface DenoLike {
  env?: { get?(name: string): string | undefined };
}
