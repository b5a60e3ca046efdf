import { readFileSync } from 'node:fs';
import { SdkgenError, formatDiagnostic } from './errors.js';
import { PACKAGE_ROOT } from './paths.js';

/** A CLI command: parses its own arguments, returns the exit status. */
export type Command = (args: string[]) => Promise<number>;

/** `help` is the one-line usage; `details`, when given, is what `sdkgen <command> --help` prints. */
const commands: Record<
  string,
  { load: () => Promise<Command>; help: string; details?: () => Promise<string> }
> = {
  init: {
    load: async () => (await import('./commands/init.js')).init,
    help: 'init SPEC|URL [--output DIR] [--name PKG] [--format ts|mjs|json|yaml]   write a starter sdkgen.config.*',
  },
  inspect: {
    load: async () => (await import('./commands/inspect.js')).inspect,
    help: 'inspect SPEC [--json]          summary of a spec (or the whole IR as JSON)',
  },
  generate: {
    load: async () => (await import('./commands/generate.js')).generate,
    help: 'generate [options]             the SDKs of sdkgen.config.* (or of --spec FILE); options: generate --help',
    details: async () => (await import('./commands/generate.js')).HELP,
  },
  diff: {
    load: async () => (await import('./commands/diff.js')).diff,
    help: 'diff OLD NEW [--format text|json|markdown] [--fail-on breaking|warning|none] [--sdk]',
    details: async () => (await import('./commands/diff.js')).HELP,
  },
  bench: {
    load: async () => (await import('./commands/bench.js')).bench,
    help: 'bench [--only NAME]            speed and memory, side by side with peers',
  },
};

function usage(): string {
  return [
    'usage: sdkgen <command> [options]',
    '',
    ...Object.values(commands).map((c) => `  ${c.help}`),
    '',
    '  --version, --help',
  ].join('\n');
}

/** The version of the running sdkgen package. */
export function version(): string {
  return (JSON.parse(readFileSync(`${PACKAGE_ROOT}/package.json`, 'utf8')) as { version: string }).version;
}

/** Runs the CLI. Bad input is printed as diagnostics (never a stack trace) and exits 2. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    console.log(version());
    return 0;
  }
  const details = name && rest.includes('--help') ? commands[name]?.details : undefined;
  if (details) {
    console.log(await details());
    return 0;
  }
  if ((name === 'help' && rest.length === 0) || (name && rest.includes('--help') && commands[name])) {
    console.log(usage());
    return 0;
  }
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`sdkgen: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await (
      await command.load()
    )(rest);
  } catch (error) {
    if (error instanceof SdkgenError) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d));
      return 2;
    }
    if (process.env.DEBUG?.includes('sdkgen')) throw error;
    console.error(
      `sdkgen ${name}: internal error: ${error instanceof Error ? error.message : String(error)}`,
    );
    console.error('(run with DEBUG=sdkgen for the stack trace, and please report it)');
    return 70;
  }
}
