import type { SdkSettings } from '../../types.js';
import type { ApiModel } from '../api-model.js';
import { codeSpan } from '../markdown.js';
import { printCall } from '../print-sample.js';
import { argsWith, type Showcase } from '../showcase.js';
import { blocks, program, type Section } from './section.js';

/** The `validate` option and the `./zod` entry (zod is an optional peer dependency). */
export function validationSection(settings: SdkSettings, model: ApiModel, show: Showcase): Section | undefined {
  const m = show.basic;
  if (!m) return undefined;
  const call = printCall(m.callee, argsWith(model, m, []));
  return {
    title: 'Runtime validation',
    body: blocks(
      `Types are checked at compile time only. With the ${codeSpan('validate')} option and the ${codeSpan('validators')} you pass in (from ${codeSpan(`${settings.packageName}/zod`)}) the client also checks request params and responses (and each streamed event) against zod schemas generated from the spec: ${codeSpan("'warn'")} logs mismatches, ${codeSpan("'strict'")} rejects with ${codeSpan('ValidationError')}, ${codeSpan("'off'")} (the default) checks nothing. The client never imports zod itself, so an app that does not pass ${codeSpan('validators')} bundles neither zod nor the schemas; it needs ${codeSpan('zod')} (v4) installed; the values are returned as received.`,
      program(settings, `await ${call};`, { client: `{ validate: 'strict', validators }`, preamble: [`import { validators } from '${settings.packageName}/zod';`] }),
      `The schemas themselves are exported from ${codeSpan(`${settings.packageName}/zod`)}:`,
      program(settings, `console.log(Object.keys(operations).length);`, { client: false, preamble: [`import { operations } from '${settings.packageName}/zod';`] }),
    ),
  };
}
