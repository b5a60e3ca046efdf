import type { IRDocument, IRLiteral, IROperation, IRSchema } from '../ir/types.js';
import type { SdkConfig } from '../config/types.js';
import { configWarning, oneOf } from '../config/errors.js';
import { overrideFor, overridePointer } from '../config/operations.js';
import {
  alternatives,
  isBooleanLike,
  mediaBase,
  propertiesOf,
  SSE_MEDIA,
  successResponses,
} from './schema-utils.js';

/** Body properties that switch a stream on when they are booleans. */
const BOOLEAN_FLAGS = ['stream'];
/** Enum values that select a server-sent-events response (`stream_format: sse`). */
const SSE_VALUES = ['sse', 'event-stream', 'text/event-stream'];

/**
 * Streaming pass: an operation whose success response offers `text/event-stream` streams, with
 * that content's schema as the event type and the request-body field that switches it on. The
 * config can declare streams the spec leaves out (`operations.<id>.streaming`).
 */
export function annotateStreaming(ir: IRDocument, config?: SdkConfig): void {
  for (const op of ir.operations) {
    delete op.streaming;
    const fromSpec = specStream(ir, op);
    if (fromSpec) op.streaming = fromSpec;
    const override = overrideFor(config, op).streaming;
    if (override && !fromSpec) {
      const configured = configStream(ir, op, override.event, override.flag, config);
      if (configured && override.envelopePrefixes?.length) {
        configured.envelopePrefixes = [...override.envelopePrefixes];
      }
      if (configured) op.streaming = configured;
    }
  }
}

function specStream(ir: IRDocument, op: IROperation): IROperation['streaming'] {
  for (const response of successResponses(op)) {
    const content = response.contents.find((c) => mediaBase(c.mediaType) === SSE_MEDIA);
    if (!content) continue;
    const event: IRSchema = content.schema ?? { kind: 'unknown', pointer: response.pointer };
    return { ...findFlag(ir, op), event, status: response.status, source: 'spec' };
  }
  return undefined;
}

function configStream(
  ir: IRDocument,
  op: IROperation,
  eventName: string,
  flag: string | undefined,
  config: SdkConfig | undefined,
): IROperation['streaming'] {
  if (!ir.schemas[eventName]) {
    configWarning(
      ir,
      config,
      overridePointer(op.id, 'streaming', 'event'),
      `streaming event "${eventName}" of operation "${op.id}" is not a component schema; streaming override ignored`,
      oneOf(Object.keys(ir.schemas), eventName, 8),
    );
    return undefined;
  }
  const detected = findFlag(ir, op);
  const chosen = flag !== undefined ? { flag } : detected;
  const status = successResponses(op)[0]?.status ?? '200';
  return {
    ...chosen,
    event: { kind: 'ref', name: eventName, pointer: `#/components/schemas/${eventName}` },
    status,
    source: 'config',
  };
}

/** The body property that switches streaming on: a boolean `stream`, or an enum offering `sse`. */
export function findFlag(ir: IRDocument, op: IROperation): { flag?: string; flagValue?: IRLiteral } {
  for (const content of op.requestBody?.contents ?? []) {
    if (!content.schema) continue;
    const props = propertiesOf(ir, content.schema);
    const bool = props.find((p) => BOOLEAN_FLAGS.includes(p.name) && isBooleanLike(ir, p.schema));
    if (bool) return { flag: bool.name };
    for (const p of props) {
      for (const alt of alternatives(ir, p.schema)) {
        if (alt.kind !== 'enum') continue;
        const value = alt.values.find((v) => typeof v === 'string' && SSE_VALUES.includes(v));
        if (value !== undefined) return { flag: p.name, flagValue: value };
      }
    }
  }
  return {};
}
