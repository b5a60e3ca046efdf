import type { IRDocument } from '../ir/types.js';
import { compareComponents } from './components.js';
import { DiffContext, type DiffOptions } from './context.js';
import { compareOperations } from './operations.js';
import { buildReport } from './report.js';
import { compareSecuritySchemes } from './security.js';
import type { DiffReport } from './types.js';
import { compareWebhooks } from './webhooks.js';

export type { Change, DiffReport, Direction, Level } from './types.js';
export type { DiffOptions } from './context.js';

/**
 * Compares two IR documents (parsed, optionally annotated) and reports every change with its
 * level for code that uses the generated SDK: on the wire by default, plus the exported types
 * with `options.sdk`. Pure: reads both documents, changes neither.
 */
export function diffDocuments(oldDoc: IRDocument, newDoc: IRDocument, options: DiffOptions = {}): DiffReport {
  const ctx = new DiffContext(oldDoc, newDoc, options);
  compareOperations(ctx);
  compareWebhooks(ctx);
  compareSecuritySchemes(ctx);
  compareComponents(ctx);
  const before = oldDoc.servers.join(' ');
  const after = newDoc.servers.join(' ');
  if (before !== after)
    ctx.add(
      '',
      'server-changed',
      '#/servers',
      `servers changed from ${before || '(none)'} to ${after || '(none)'}`,
      oldDoc.servers,
      newDoc.servers,
    );
  return buildReport(ctx.changes);
}
