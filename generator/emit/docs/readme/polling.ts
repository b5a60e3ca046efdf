import type { SdkSettings } from '../../types.js';
import type { ApiModel } from '../api-model.js';
import { codeSpan } from '../markdown.js';
import { printCall } from '../print-sample.js';
import { splitSignature } from '../signature.js';
import { argsWith, emptyParams, takesParams } from '../showcase.js';
import { blocks, program, type Section } from './section.js';

/**
 * The `…AndPoll` / `poll` helpers (spec-derived polling, `annotate/polling.ts`), when the SDK has
 * any: which methods have one, an example on the first, and how waiting, abort and time-outs work.
 */
export function pollingSection(settings: SdkSettings, model: ApiModel): Section | undefined {
  const helpers = model.resources.flatMap((r) =>
    r.methods.filter((m) => m.op.polling && r.polls.some((p) => p.name === `${m.name}AndPoll`)).map((m) => ({ r, m })),
  );
  const first = helpers[0];
  if (!first) return undefined;
  const { m } = first;
  const polling = m.op.polling!;
  const positional = m.op.naming?.pathParams.length ?? 0;
  const args = argsWith(model, m, []);
  const full = takesParams(m) && args.length === positional ? [...args, emptyParams(model, m)] : args;
  const wait = { kind: 'object' as const, entries: [
    { key: 'pollIntervalMs', value: { kind: 'code' as const, text: '2000' } },
    { key: 'pollTimeoutMs', value: { kind: 'code' as const, text: '600_000' } },
  ] };
  const call = printCall(`${m.callee}AndPoll`, [...full, wait]);
  const listed = helpers.slice(0, 12).map(({ m: h }) => codeSpan(`${h.callee}AndPoll`)).join(', ');
  const more = helpers.length > 12 ? `, and ${helpers.length - 12} more` : '';
  const hint = settings.polling?.hintHeader;
  const reader = model.methods.find((x) => x.op.id === polling.retrieve)?.name ?? 'retrieve';
  return {
    title: 'Polling',
    body: blocks(
      `Operations that start something long-running have a ${codeSpan('…AndPoll')} variant that makes the call, then re-reads the item until its ${codeSpan(polling.statusField)} is final (here ${polling.terminal.map((v) => codeSpan(v)).join(', ')}): ${listed}${more}. Their resources also have ${codeSpan('poll(...)')}, which takes the arguments of the method that reads the item (${codeSpan(reader)}) and waits the same way.`,
      program(settings, `try {\n  const item = await ${call};\n  console.log(item.${polling.statusField});\n} catch (error) {\n  if (error instanceof PollTimeoutError) console.log('still', error.status, error.last);\n  else throw error;\n}`, { named: ['PollTimeoutError'] }),
      `Between reads they wait ${codeSpan('pollIntervalMs')}${hint ? `, else what the server suggests in the ${codeSpan(hint)} header` : ''}, else 5 seconds. ${codeSpan('signal')} aborts the wait (${codeSpan('APIUserAbortError')}); past ${codeSpan('pollTimeoutMs')} they give up with ${codeSpan('PollTimeoutError')}, which carries the last item read. The other request options apply to every call.`,
    ),
  };
}

/** The api.md section listing every `poll` / `…AndPoll` helper with its call shape and result. */
export function pollingApiSection(model: ApiModel): string | undefined {
  const lines: string[] = [];
  for (const r of model.resources) {
    for (const p of r.polls) {
      const split = splitSignature(p.signature);
      const params = split.params.filter((x) => !/^options\?:/.test(x)).map((x) => x.replace(/ = .*$/s, ''));
      lines.push(`- ${codeSpan(`${r.accessor}.${p.name}(${params.join(', ')})`)} → ${codeSpan(split.returnType)}`);
    }
  }
  if (lines.length === 0) return undefined;
  return [
    '## Polling helpers',
    '',
    `Each takes the options of a request plus ${codeSpan('pollIntervalMs')} and ${codeSpan('pollTimeoutMs')} (${codeSpan('PollOptions')}); see the README's Polling section.`,
    '',
    ...lines,
    '',
  ].join('\n');
}
