import { annotate } from '../annotate/index.js';
import type { Command } from '../cli.js';
import { loadSdkConfig } from '../config/load.js';
import { SdkgenError, formatDiagnostic } from '../errors.js';
import type { IRDocument } from '../ir/types.js';
import { loadSpec } from '../load/index.js';
import { parseSpec } from '../parse/index.js';

const USAGE = 'inspect SPEC [--config FILE] [--json]';
/** How many warnings the text summary prints before "... and N more". */
const WARNINGS_SHOWN = 5;

/** `sdkgen inspect SPEC [--json]`: load, parse and annotate a spec; print counts or the whole IR. */
export const inspect: Command = async (args) => {
  const json = args.includes('--json');
  const configAt = args.indexOf('--config');
  const configFile = configAt >= 0 ? args[configAt + 1] : undefined;
  if (configAt >= 0 && !configFile) {
    throw new SdkgenError({
      level: 'error',
      stage: 'config',
      message: '--config needs a file',
      expected: `sdkgen ${USAGE}`,
    });
  }
  const rest = args.filter(
    (a, i) => a !== '--json' && (configAt < 0 || (i !== configAt && i !== configAt + 1)),
  );
  const unknown = rest.filter((a) => a.startsWith('-'));
  if (rest.length !== 1 || unknown.length > 0) {
    throw new SdkgenError({
      level: 'error',
      stage: 'config',
      message:
        unknown.length > 0
          ? `unknown option ${unknown[0]}`
          : rest.length === 0
            ? 'no spec file given'
            : 'more than one spec file given',
      expected: `sdkgen ${USAGE}`,
    });
  }
  const config = configFile ? await loadSdkConfig(configFile) : undefined;
  const started = performance.now();
  const loaded = await loadSpec(rest[0]!);
  const loadedAt = performance.now();
  const ir = parseSpec(loaded);
  const parsedAt = performance.now();
  annotate(ir, config);
  const doneAt = performance.now();
  if (json) {
    // A reader that stops early (`| head`) is not an error.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
    process.stdout.write(JSON.stringify(ir, null, 2) + '\n');
    return 0;
  }
  const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
  const timing = `load ${ms(started, loadedAt)}, parse ${ms(loadedAt, parsedAt)}, annotate ${ms(parsedAt, doneAt)}`;
  console.log(summarize(ir, loaded.file, true).concat(`time        ${timing}`).join('\n'));
  return 0;
};

/** The text summary: one line per count, then the first few warnings. */
export function summarize(ir: IRDocument, file: string, annotated: boolean): string[] {
  const ops = ir.operations;
  const styles = new Map<string, number>();
  for (const op of ops)
    if (op.pagination) styles.set(op.pagination.style, (styles.get(op.pagination.style) ?? 0) + 1);
  const paginated = ops.filter((o) => o.pagination).length;
  const byStyle = [...styles].map(([style, n]) => `${style} ${n}`).join(', ');
  const lines = [
    `spec        ${file}`,
    `api         ${ir.info.title} ${ir.info.version} (OpenAPI ${ir.openapi})`,
    `operations  ${ops.length}`,
    `schemas     ${Object.keys(ir.schemas).length}`,
    `webhooks    ${ir.webhooks.length}`,
  ];
  if (annotated) {
    lines.push(
      `streaming   ${ops.filter((o) => o.streaming).length}`,
      `multipart   ${ops.filter((o) => o.multipart).length}`,
      `paginated   ${paginated}${byStyle ? ` (${byStyle})` : ''}`,
      `binary      ${ops.filter((o) => o.binary).length}`,
    );
  } else {
    lines.push('annotate    not available yet (generator/annotate/index.ts has no annotate export)');
  }
  lines.push(`warnings    ${ir.diagnostics.length}`);
  for (const d of ir.diagnostics.slice(0, WARNINGS_SHOWN)) lines.push(`  ${formatDiagnostic(d)}`);
  if (ir.diagnostics.length > WARNINGS_SHOWN)
    lines.push(`  ... and ${ir.diagnostics.length - WARNINGS_SHOWN} more (--json shows all)`);
  return lines;
}
