import { readEnv } from './env.js';

/** How much the client logs; each level includes the ones before it. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Anything with console-like methods. */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

const LEVELS: Record<LogLevel, number> = { off: 0, error: 200, warn: 300, info: 400, debug: 500 };

/** Headers whose values are never logged, whatever the configuration says. */
const ALWAYS_REDACTED = ['authorization', 'api-key', 'x-api-key', 'proxy-authorization', 'cookie', 'set-cookie'];

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(LEVELS, value);
}

/**
 * Picks the level: the option when valid, else the env variable when valid, else `warn`.
 * An invalid value is reported on `logger.warn` rather than ignored silently.
 */
export function resolveLogLevel(option: unknown, envName: string | undefined, logger: Logger): LogLevel {
  if (isLogLevel(option)) return option;
  if (option !== undefined) logger.warn(`logLevel option ${JSON.stringify(option)} is not one of ${Object.keys(LEVELS).join(', ')}`);
  const env = readEnv(envName)?.toLowerCase();
  if (isLogLevel(env)) return env;
  if (env !== undefined) logger.warn(`${envName}=${JSON.stringify(env)} is not one of ${Object.keys(LEVELS).join(', ')}`);
  return 'warn';
}

/** A logger that drops messages below `level` and redacts `secretHeaders` in header objects. */
export function levelLogger(logger: Logger, level: LogLevel, secretHeaders: Iterable<string> = []): Logger {
  const redactSet = new Set([...ALWAYS_REDACTED, ...[...secretHeaders].map((h) => h.toLowerCase())]);
  const make =
    (name: Exclude<LogLevel, 'off'>) =>
    (message: string, ...rest: unknown[]) => {
      if (LEVELS[name] > LEVELS[level]) return;
      logger[name](message, ...rest.map((r) => redact(r, redactSet)));
    };
  return { error: make('error'), warn: make('warn'), info: make('info'), debug: make('debug') };
}

/** Copies `value`, replacing the value of any `headers` entry named in `secret` with `***`. */
export function redact(value: unknown, secret: Set<string>): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const headers = out['headers'];
  if (headers && typeof headers === 'object') {
    const entries: [string, unknown][] = [];
    // forEach, not entries(): compiles without the DOM.Iterable lib.
    if (headers instanceof Headers) headers.forEach((value, key) => entries.push([key, value]));
    else entries.push(...Object.entries(headers));
    out['headers'] = Object.fromEntries(
      entries.map(([k, v]) => [k, secret.has(k.toLowerCase()) ? '***' : v]),
    );
  }
  return out;
}

/** Console-backed logger; the default. */
export const consoleLogger: Logger = {
  error: (...a: [string, ...unknown[]]) => console.error(...a),
  warn: (...a: [string, ...unknown[]]) => console.warn(...a),
  info: (...a: [string, ...unknown[]]) => console.info(...a),
  debug: (...a: [string, ...unknown[]]) => console.debug(...a),
};
