import type { SdkSettings } from '../types.js';

/** Settings (with the config's `webhooks:`, `realtime:` and `azure:` sections) as the extras read them. */
export type ExtrasSettings = SdkSettings;

/** An import a generated member needs, from a module relative to the file it goes in. */
export interface ImportNeed {
  from: string;
  name: string;
  typeOnly: boolean;
}

/** One member of the client class, e.g. `webhooks: Webhooks<Event> = new Webhooks(...)`. */
export interface ClientMember {
  imports: ImportNeed[];
  /** The member's text, given the local names of `imports` in order (a name may be aliased). */
  text: (locals: string[]) => string;
}

/**
 * What an extra emitter adds to files the SDK emitter and the package step write: members of
 * the client class, lines of `src/index.ts`, `package.json` subpath exports and optional peers.
 */
export interface SdkAdditions {
  clientMembers?: ClientMember[];
  /** Complete `export ... from './x.js';` lines for `src/index.ts`. */
  indexExports?: string[];
  /** Subpath → source entry under `src/` without extension: `./realtime/ws` → `realtime/ws`. */
  entries?: Record<string, string>;
  /** Optional peer dependencies: package → semver range. */
  optionalPeers?: Record<string, string>;
  /** Markdown sections appended to the package README and api.md. */
  readme?: string[];
  api?: string[];
  /**
   * Dotted resource path → a subclass of the generated resource class (`module`: under `src/`,
   * no extension), instantiated wherever the generated code would instantiate the resource.
   */
  resourceClasses?: Record<string, { module: string; name: string }>;
}

/** Merges the additions of several emitters, in order. */
export function mergeAdditions(list: SdkAdditions[]): Required<SdkAdditions> {
  const out: Required<SdkAdditions> = { clientMembers: [], indexExports: [], entries: {}, optionalPeers: {}, readme: [], api: [], resourceClasses: {} };
  for (const a of list) {
    out.clientMembers.push(...(a.clientMembers ?? []));
    out.indexExports.push(...(a.indexExports ?? []));
    Object.assign(out.entries, a.entries);
    Object.assign(out.optionalPeers, a.optionalPeers);
    out.readme.push(...(a.readme ?? []));
    out.api.push(...(a.api ?? []));
    Object.assign(out.resourceClasses, a.resourceClasses);
  }
  return out;
}
