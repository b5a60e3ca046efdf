/**
 * Responses stream events → one growing `Response` snapshot: `response.created` starts it,
 * items and content parts are appended as they are added, text and argument deltas are
 * concatenated, and `*.done` / `response.completed` replace what they carry.
 */
import { SDKError } from '../../core/error.js';
import type { Response, ResponseOutputItem, ResponseStreamEvent } from '../../types.js';

type Message = Extract<ResponseOutputItem, { type: 'message' }>;
type Part = Message['content'][number];

/** The snapshot after `event`, or undefined before `response.created`. */
export function accumulateEvent(snapshot: Response | undefined, event: ResponseStreamEvent): Response | undefined {
  if (event.type === 'response.created') return structuredClone(event.response);
  if (!snapshot) {
    if (event.type === 'error') return snapshot;
    throw new SDKError(`The stream sent \`${event.type}\` before \`response.created\`.`);
  }
  switch (event.type) {
    case 'response.output_item.added':
      snapshot.output.push(event.item);
      break;
    case 'response.output_item.done':
      snapshot.output[event.output_index] = event.item;
      break;
    case 'response.content_part.added': {
      const item = itemAt(snapshot, event.output_index);
      if (item?.type === 'message') item.content.push(event.part as Part);
      break;
    }
    case 'response.output_text.delta': {
      const part = partAt(snapshot, event.output_index, event.content_index);
      if (part?.type === 'output_text') part.text += event.delta;
      break;
    }
    case 'response.refusal.delta': {
      const part = partAt(snapshot, event.output_index, event.content_index);
      if (part?.type === 'refusal') part.refusal += event.delta;
      break;
    }
    case 'response.function_call_arguments.delta': {
      const item = itemAt(snapshot, event.output_index);
      if (item?.type === 'function_call') item.arguments += event.delta;
      break;
    }
    case 'response.in_progress':
    case 'response.completed':
    case 'response.incomplete':
    case 'response.failed':
      return event.response;
    default:
      break;
  }
  return snapshot;
}

function itemAt(snapshot: Response, index: number): ResponseOutputItem | undefined {
  const item = snapshot.output[index];
  if (!item) throw new SDKError(`The stream referred to output item ${index}, which was never added.`);
  return item;
}

function partAt(snapshot: Response, itemIndex: number, partIndex: number): Part | undefined {
  const item = itemAt(snapshot, itemIndex);
  if (item?.type !== 'message') return undefined;
  const part = item.content[partIndex];
  if (!part) throw new SDKError(`The stream referred to content part ${partIndex} of item ${itemIndex}, which was never added.`);
  return part;
}
