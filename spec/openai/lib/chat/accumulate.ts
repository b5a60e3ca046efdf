/**
 * Chat completion chunks → one growing snapshot, and the snapshot → a `ChatCompletion`.
 * Text fields (content, refusal, tool-call arguments) are concatenated; ids, names, roles and
 * finish reasons are taken as they first arrive; logprobs lists are appended.
 */
import { SDKError } from '../../core/error.js';
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionMessage } from '../../types.js';
import type { ChatCompletionSnapshot } from './types.js';

export function accumulateChunk(
  snapshot: ChatCompletionSnapshot | undefined,
  chunk: ChatCompletionChunk,
): ChatCompletionSnapshot {
  const snap = snapshot ?? { id: chunk.id, created: chunk.created, model: chunk.model, choices: [] };
  if (chunk.system_fingerprint) snap.system_fingerprint = chunk.system_fingerprint;
  if (chunk.usage) snap.usage = chunk.usage;
  for (const c of chunk.choices) {
    let choice = snap.choices[c.index];
    if (!choice) {
      choice = { index: c.index, finish_reason: null, logprobs: null, message: {} };
      snap.choices[c.index] = choice;
    }
    if (c.finish_reason) choice.finish_reason = c.finish_reason;
    if (c.logprobs) {
      const logprobs = (choice.logprobs ??= { content: null, refusal: null });
      if (c.logprobs.content) (logprobs.content ??= []).push(...c.logprobs.content);
      if (c.logprobs.refusal) (logprobs.refusal ??= []).push(...c.logprobs.refusal);
    }
    const delta = c.delta;
    if (!delta) continue;
    const message = choice.message;
    if (delta.role) message.role = delta.role;
    if (delta.content != null) message.content = (message.content ?? '') + delta.content;
    if (delta.refusal != null) message.refusal = (message.refusal ?? '') + delta.refusal;
    if (delta.function_call) {
      const call = (message.function_call ??= {});
      if (delta.function_call.name) call.name = delta.function_call.name;
      if (delta.function_call.arguments) call.arguments = (call.arguments ?? '') + delta.function_call.arguments;
    }
    if (delta.tool_calls) accumulateToolCalls(message, delta.tool_calls);
  }
  return snap;
}

function accumulateToolCalls(
  message: ChatCompletionSnapshot.Message,
  parts: NonNullable<ChatCompletionChunk['choices'][number]['delta']['tool_calls']>,
): void {
  const calls = (message.tool_calls ??= []);
  for (const part of parts) {
    const call = calls[part.index];
    if (!call) {
      calls[part.index] = {
        id: part.id ?? '',
        type: 'function',
        function: { name: part.function?.name ?? '', arguments: part.function?.arguments ?? '' },
      };
      continue;
    }
    if (part.id) call.id = part.id;
    if (part.function?.name) call.function.name = part.function.name;
    if (part.function?.arguments) call.function.arguments += part.function.arguments;
  }
}

/** The snapshot as a finished `ChatCompletion`; every choice must have its finish reason. */
export function finalizeSnapshot(snapshot: ChatCompletionSnapshot): ChatCompletion {
  const choices = snapshot.choices.map((choice, i): ChatCompletion['choices'][number] => {
    if (!choice.finish_reason) throw new SDKError(`missing finish_reason for choice ${i}`);
    const { content = null, refusal = null, tool_calls, function_call } = choice.message;
    const message: ChatCompletionMessage = { role: 'assistant', content, refusal };
    if (tool_calls?.length) {
      message.tool_calls = tool_calls.map((call, index) => {
        if (!call.id) throw new SDKError(`missing id for tool call ${index} of choice ${i}`);
        return { id: call.id, type: 'function', function: { name: call.function.name, arguments: call.function.arguments } };
      });
    }
    if (function_call?.name) message.function_call = { name: function_call.name, arguments: function_call.arguments ?? '' };
    return { index: choice.index, finish_reason: choice.finish_reason, logprobs: choice.logprobs, message };
  });
  const completion: ChatCompletion = {
    id: snapshot.id,
    object: 'chat.completion',
    created: snapshot.created,
    model: snapshot.model,
    choices,
  };
  if (snapshot.system_fingerprint) completion.system_fingerprint = snapshot.system_fingerprint;
  if (snapshot.usage) completion.usage = snapshot.usage;
  return completion;
}
