import type { AzureSection, CustomSection, PollingSection, RealtimeSection, WebhooksSection } from '../config/types.js';
import type { IRDocument } from '../ir/types.js';
import type { SdkAdditions } from './extras/additions.js';

/** One output file, path relative to the package root (`src/client.ts`), posix separators. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /**
   * The module holds only types (`import type`, `export type`, `export interface`): its
   * declaration file is its own text and its JavaScript is an empty module.
   */
  typesOnly?: boolean;
  /**
   * The module is written to the `isolatedDeclarations` standard (explicit types on every
   * export), so its declaration file can be made from its text alone, without a program.
   */
  isolatedDeclarations?: boolean;
}

/** Client-level settings the generated client passes to the runtime (see CONTRACT.md). */
export interface SdkSettings {
  /** npm package name, e.g. `openai`. */
  packageName: string;
  /** Client class name, e.g. `OpenAI`. */
  clientName: string;
  /** Package version. */
  version: string;
  /** Package description for package.json. */
  description?: string;
  defaultBaseURL: string;
  baseURLEnv?: string;
  logLevelEnv?: string;
  /** Option name → how the credential is sent. */
  credentials: Record<string, { env?: string; header: string; prefix?: string }>;
  /** Key of `credentials` used when an operation names none. */
  defaultCredential?: string;
  /** Option name → header sent when the option is set. */
  headerOptions: Record<string, { env?: string; header: string }>;
  /** Options that send nothing but are read from the environment (e.g. a webhook secret). */
  extraOptions: Record<string, { env?: string }>;
  requestIdHeader?: string;
  clientRequestIdHeader?: string;
  /** `refuse`: the client throws in a browser unless `dangerouslyAllowBrowser: true`. */
  browser?: 'refuse';
  /** Config sections read by the extras emitter (`emit/extras/`), when given. */
  webhooks?: WebhooksSection;
  realtime?: RealtimeSection;
  azure?: AzureSection;
  /** The config's `custom:` section, `dir` made absolute; `configFile` for messages (`emit/custom/`). */
  custom?: CustomSection & { configFile?: string };
  /** The config's `polling:` section (the server's wait-hint header). */
  polling?: PollingSection;
}

/** What every emitter receives. */
export interface EmitInput {
  ir: IRDocument;
  settings: SdkSettings;
  /** What extra emitters add to the SDK emitter's files (see `Emitter.additions`). */
  additions?: Required<SdkAdditions>;
}

/**
 * An emitter turns the annotated IR into files. The SDK emitter writes the package sources;
 * others (zod, docs, tests) add files beside them. Paths must not collide between emitters.
 */
export interface Emitter {
  name: string;
  emit(input: EmitInput): GeneratedFile[] | Promise<GeneratedFile[]>;
  /** Client members, index exports and manifest entries this emitter adds; asked before any emitter runs. */
  additions?(input: EmitInput): SdkAdditions;
  /**
   * Checks the package's formatted sources before the build (`outDir`: where it will live);
   * throws an `SdkgenError` to stop generation, so nothing is written.
   */
  check?(sources: GeneratedFile[], input: EmitInput & { outDir: string }): void | Promise<void>;
}
