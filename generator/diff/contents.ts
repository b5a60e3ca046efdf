import type { IRMediaContent } from '../ir/types.js';
import type { DiffContext, Found } from './context.js';
import type { RuleId } from './rules.js';
import { compareSchema } from './schema.js';

/** How one side (a request body or a success response) names its media-type changes. */
export interface ContentsSide {
  direction: 'request' | 'response';
  /** Pointer reported for a removed media type. */
  removedPointer: string;
  /** Pointer reported for an added media type. */
  addedPointer: string;
  removed: { id: RuleId; message: (mediaType: string) => string };
  added: { id: RuleId; message: (mediaType: string) => string };
  /** Where a schema change sits, e.g. `body` or `200 body (text/plain)`. */
  location: (mediaType: string) => string;
}

/**
 * Media types matched by name: removed and added ones reported, each shared one's schema
 * compared in the side's direction.
 */
export function compareContents(
  ctx: DiffContext,
  label: string,
  before: IRMediaContent[],
  after: IRMediaContent[],
  side: ContentsSide,
): void {
  const byType = new Map(after.map((c) => [c.mediaType, c]));
  const had = new Set(before.map((c) => c.mediaType));
  for (const c of before) {
    const d = byType.get(c.mediaType);
    if (!d) {
      ctx.add(
        label,
        side.removed.id,
        side.removedPointer,
        side.removed.message(c.mediaType),
        c.mediaType,
        undefined,
      );
      continue;
    }
    if (!c.schema || !d.schema) continue;
    const out: Found[] = [];
    compareSchema(ctx, c.schema, d.schema, side.direction, side.location(c.mediaType), out);
    ctx.report(label, out);
  }
  for (const d of after) {
    if (!had.has(d.mediaType)) {
      ctx.add(
        label,
        side.added.id,
        side.addedPointer,
        side.added.message(d.mediaType),
        undefined,
        d.mediaType,
      );
    }
  }
}
