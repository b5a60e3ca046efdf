import type { SdkSettings } from '../../types.js';
import { ERROR_CLASSES } from '../../sdk/context.js';
import type { ApiModel } from '../api-model.js';
import type { Sample } from '../sample-value.js';
import { codeSpan } from '../markdown.js';
import { printCall } from '../print-sample.js';
import { argsWith, emptyParams, type Showcase } from '../showcase.js';
import { blocks, program, type Section } from './section.js';

/** HTTP status of each status-specific error class the runtime throws. */
const STATUS: Record<string, string> = {
  BadRequestError: '400',
  AuthenticationError: '401',
  PermissionDeniedError: '403',
  NotFoundError: '404',
  ConflictError: '409',
  UnprocessableEntityError: '422',
  RateLimitError: '429',
  InternalServerError: '>= 500',
};

/** The showcase's basic call with only its required arguments, e.g. `client.pets.create({...})`. */
function basicCall(model: ApiModel, show: Showcase): string | undefined {
  return show.basic ? printCall(show.basic.callee, argsWith(model, show.basic, [])) : undefined;
}

export function errorsSection(settings: SdkSettings, model: ApiModel, show: Showcase): Section | undefined {
  const call = basicCall(model, show);
  if (!call) return undefined;
  const c = settings.clientName;
  const statuses = ERROR_CLASSES.filter((n) => STATUS[n]).map((n) => `- ${codeSpan(STATUS[n]!)}: ${codeSpan(n)}`);
  const body = [
    'try {',
    `  await ${call};`,
    '} catch (err) {',
    `  if (err instanceof ${c}.RateLimitError) {`,
    `    console.log('slow down', err.headers.get('retry-after'));`,
    `  } else if (err instanceof ${c}.APIError) {`,
    '    console.log(err.status, err.requestID, err.error);',
    '  } else {',
    '    throw err;',
    '  }',
    '}',
  ].join('\n');
  return {
    title: 'Errors and retries',
    body: blocks(
      `A response with a 4xx or 5xx status rejects with an ${codeSpan('APIError')} subclass carrying ${codeSpan('status')}, ${codeSpan('headers')}, the parsed ${codeSpan('error')} body and ${codeSpan('requestID')}. The classes are exported by name and as statics of ${codeSpan(c)}:`,
      statuses.join('\n'),
      `Network failures reject with ${codeSpan('APIConnectionError')}, timeouts with ${codeSpan('APIConnectionTimeoutError')} and aborted requests with ${codeSpan('APIUserAbortError')}.`,
      program(settings, body),
      `Connection errors, 408, 409, 429 and 5xx answers are retried twice by default with exponential backoff (honouring ${codeSpan('retry-after')}); set ${codeSpan('maxRetries')} on the client or per request:`,
      program(settings, `await ${printCall(show.basic!.callee, [...argsWith(model, show.basic!, []), ...padOptions(model, show), { kind: 'code', text: '{ maxRetries: 5 }' }])};`, { client: '{ maxRetries: 0 }' }),
    ),
  };
}

/** An empty params object between the required arguments and the options argument, when needed. */
function padOptions(model: ApiModel, show: Showcase): Sample[] {
  const m = show.basic!;
  const given = argsWith(model, m, []).length;
  const slots = m.params.filter((p) => !/^options\?:/.test(p)).length;
  return given < slots ? [emptyParams(model, m)] : [];
}

export function timeoutSection(settings: SdkSettings, model: ApiModel, show: Showcase): Section | undefined {
  const m = show.basic;
  if (!m) return undefined;
  const call = printCall(m.callee, [...argsWith(model, m, []), ...padOptions(model, show), { kind: 'code', text: '{ timeout: 5_000 }' }]);
  return {
    title: 'Timeouts',
    body: blocks(
      `Each attempt may take 10 minutes by default. ${codeSpan('timeout')} (milliseconds) changes it for the client or for one request; an attempt that runs out rejects with ${codeSpan('APIConnectionTimeoutError')} and is retried like a connection error. An ${codeSpan('AbortSignal')} passed as ${codeSpan('signal')} cancels a request.`,
      program(settings, `await ${call};`, { client: '{ timeout: 20_000 }' }),
    ),
  };
}

export function rawResponseSection(settings: SdkSettings, model: ApiModel, show: Showcase): Section | undefined {
  const call = basicCall(model, show);
  if (!call) return undefined;
  const header = settings.requestIdHeader ?? 'x-request-id';
  return {
    title: 'Raw responses and request ids',
    body: blocks(
      `Every method returns an ${codeSpan('APIPromise')}: awaiting it gives the parsed body; ${codeSpan('.asResponse()')} gives the ${codeSpan('fetch')} ${codeSpan('Response')} (body unread) and ${codeSpan('.withResponse()')} gives both, with the request id from the ${codeSpan(header)} header, which is worth logging when reporting a problem.`,
      program(
        settings,
        `const response = await ${call}.asResponse();\nconsole.log(response.status, response.headers.get('content-type'));\n\nconst { data, request_id } = await ${call}.withResponse();\nconsole.log(request_id, data);`,
      ),
    ),
  };
}

export function loggingSection(settings: SdkSettings): Section {
  const env = settings.logLevelEnv;
  return {
    title: 'Logging',
    body: blocks(
      `The client logs through ${codeSpan('console')} at level ${codeSpan('warn')}${env ? ` (or the level in ${codeSpan(env)})` : ''}. ${codeSpan("'info'")} adds retries, ${codeSpan("'debug'")} every request and response with credential headers redacted; ${codeSpan('logger')} replaces the console with anything that has ${codeSpan('error')}, ${codeSpan('warn')}, ${codeSpan('info')} and ${codeSpan('debug')} methods.`,
      program(settings, '', { client: `{ logLevel: 'debug', logger: console }` }),
    ),
  };
}
