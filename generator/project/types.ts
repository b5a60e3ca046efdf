import type { ClientSection, SdkConfig } from '../config/types.js';

/**
 * SDK options written inline in a project config: everything `spec/<name>.sdk.yaml` holds
 * (`generator/config/types.ts`), except that `client.name` may be left out (it is then derived
 * from the spec's title, as with no SDK config at all).
 */
export type SdkOptions = Omit<SdkConfig, 'file' | 'client'> & { client?: Partial<ClientSection> };

/** One SDK of a project config (`sdkgen.config.*`): where the spec is, where the package goes. */
export interface SdkProject {
  /** The OpenAPI spec: a path (relative to the config file) or an http(s) URL. */
  input: string;
  /** The folder the generated package is written to (relative to the config file). */
  output: string;
  /** npm package name of the generated SDK (default: derived from the client name). */
  name?: string;
  /** SDK options inline, or the path of a `*.sdk.yaml` file (relative to the config file). */
  sdk?: string | SdkOptions;
  /** sha256 (hex) the spec's bytes must have; a mismatch stops generation. */
  sha256?: string;
  /** Public URL of the same bytes, named in the fix-it message when a local `input` is missing. */
  url?: string;
  /** Short name that selects this SDK: `sdkgen generate --spec-id ID`. */
  id?: string;
  /** Warnings (spec and config) fail generation instead of being printed. */
  strict?: boolean;
  /** Write the TypeScript sources only: no `dist/` build (the package's own build makes it). */
  sourcesOnly?: boolean;
}

/** What a config file exports: one SDK, or several. */
export type SdkgenConfig = SdkProject | SdkProject[];

/** Typed identity: `export default defineConfig({ input, output, name })` in `sdkgen.config.ts`. */
export function defineConfig<const T extends SdkgenConfig>(config: T): T {
  return config;
}

/**
 * A validated project entry: the same fields as `SdkProject`, with absolute paths (URLs kept as
 * they are), a path or validated inline options as `sdk`, and the flags defaulted.
 */
export interface ResolvedProject extends Omit<SdkProject, 'strict' | 'sourcesOnly'> {
  strict: boolean;
  sourcesOnly: boolean;
  /** The config file this entry came from (for messages and watching); absent from the API. */
  configFile?: string;
  /** JSON pointer of the entry in its config file (`#`, or `#/1` in an array). */
  pointer: string;
}
