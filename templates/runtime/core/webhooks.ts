/**
 * Webhook verification by the Standard Webhooks scheme: the sender signs
 * `${webhook-id}.${webhook-timestamp}.${body}` with HMAC-SHA256 and a shared secret
 * (`whsec_<base64 key>`), and sends `v1,<base64 signature>` entries, space-separated, in
 * `webhook-signature`. Uses only Web Crypto, so it runs in Node, browsers and edge runtimes.
 */

/** Why a webhook was refused. Each reason has its own message; `reason` is for code. */
export type WebhookFailure =
  | 'missing_secret'
  | 'missing_headers'
  | 'invalid_signature'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'invalid_timestamp'
  | 'replayed'
  | 'invalid_payload';

export class WebhookVerificationError extends Error {
  readonly reason: WebhookFailure;

  constructor(reason: WebhookFailure, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.reason = reason;
  }
}

/** Headers as a fetch `Headers`, or a plain object as Node's `IncomingMessage.headers` gives them. */
export type HeadersLike = Headers | Record<string, string | string[] | null | undefined>;

export interface UnwrapOptions<Event> {
  /** A validator for the parsed event (e.g. a zod schema from the package's `zod` entry). */
  schema?: { parse(data: unknown): Event };
  /** Return true when this `webhook-id` was already handled: the event is then refused as a replay. */
  isReplay?: (webhookId: string) => boolean | Promise<boolean>;
}

const DEFAULT_TOLERANCE_SECONDS = 300;

function header(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | null | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value.join(' ') : (value ?? undefined);
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(new ArrayBuffer(binary.length));
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/**
 * Throws `WebhookVerificationError` unless `payload` carries a valid signature made with
 * `secret` within `toleranceSeconds` of now (both ways).
 */
export async function verifyWebhookSignature(
  payload: string,
  headers: HeadersLike,
  secret: string | null | undefined,
  toleranceSeconds: number = DEFAULT_TOLERANCE_SECONDS,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<void> {
  if (!secret) {
    throw new WebhookVerificationError('missing_secret', 'No webhook secret: pass one to verify the signature.');
  }
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  const missing = [
    ['webhook-id', id],
    ['webhook-timestamp', timestamp],
    ['webhook-signature', signatures],
  ]
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length) {
    throw new WebhookVerificationError('missing_headers', `Missing webhook header(s): ${missing.join(', ')}.`);
  }
  const sentAt = Number(timestamp);
  if (!/^\d+$/.test(timestamp!) || !Number.isSafeInteger(sentAt)) {
    throw new WebhookVerificationError('invalid_timestamp', `webhook-timestamp is not a Unix time in seconds.`);
  }
  if (nowSeconds - sentAt > toleranceSeconds) {
    throw new WebhookVerificationError('timestamp_too_old', `Webhook timestamp is older than ${toleranceSeconds} s.`);
  }
  if (sentAt - nowSeconds > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp_in_future',
      `Webhook timestamp is more than ${toleranceSeconds} s in the future.`,
    );
  }

  const keyBytes = decodeBase64(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret);
  if (!keyBytes || keyBytes.length === 0) {
    throw new WebhookVerificationError('missing_secret', 'The webhook secret is not valid base64 (after `whsec_`).');
  }
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${payload}`);
  for (const entry of signatures!.split(' ')) {
    const [version, encoded] = entry.split(',', 2);
    if (version !== 'v1' || !encoded) continue;
    const signature = decodeBase64(encoded);
    // Web Crypto's verify compares in constant time.
    if (signature && (await crypto.subtle.verify('HMAC', key, signature, signed))) return;
  }
  throw new WebhookVerificationError('invalid_signature', 'No webhook signature matches the payload and secret.');
}

/** The `client.webhooks` resource: typed over the spec's webhook event union. */
export class Webhooks<Event> {
  readonly #secret: () => string | null | undefined;
  readonly #source: { option: string; env?: string | undefined } | undefined;

  /**
   * `secret` reads the client's configured webhook secret at call time; `source` names the
   * client option (and environment variable) it comes from, for the missing-secret error.
   */
  constructor(secret: () => string | null | undefined, source?: { option: string; env?: string | undefined }) {
    this.#secret = secret;
    this.#source = source;
  }

  /** Throws `WebhookVerificationError` unless the payload was signed with the secret. */
  async verifySignature(payload: string, headers: HeadersLike, secret?: string | null, tolerance?: number): Promise<void> {
    const key = secret ?? this.#secret();
    if (!key && this.#source) {
      const { option, env } = this.#source;
      const where = env ? ` or the ${env} environment variable` : '';
      throw new WebhookVerificationError('missing_secret', `No webhook secret: pass one, or set the \`${option}\` client option${where}.`);
    }
    return verifyWebhookSignature(payload, headers, key, tolerance);
  }

  /** Verifies the signature, then parses (and optionally validates) the event. */
  async unwrap(
    payload: string,
    headers: HeadersLike,
    secret?: string | null,
    tolerance?: number,
    options: UnwrapOptions<Event> = {},
  ): Promise<Event> {
    await this.verifySignature(payload, headers, secret, tolerance);
    if (options.isReplay && (await options.isReplay(header(headers, 'webhook-id')!))) {
      throw new WebhookVerificationError('replayed', 'This webhook-id was already handled (replay).');
    }
    let data: unknown;
    try {
      data = JSON.parse(payload);
    } catch {
      throw new WebhookVerificationError('invalid_payload', 'The webhook payload is not valid JSON.');
    }
    return options.schema ? options.schema.parse(data) : (data as Event);
  }
}
