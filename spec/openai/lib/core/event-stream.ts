/**
 * A typed event emitter with a run lifecycle: the base of every stream helper and of the tool
 * runner. `_run(executor)` starts the work on the next tick (so listeners attached right after
 * construction see every event); the executor's outcome becomes `end`, `error` or `abort`.
 * `abort()` aborts `controller`, which the executor passes to its requests as their signal.
 */
import { APIUserAbortError, SDKError } from '../../core/error.js';

export interface BaseEvents {
  connect: () => void;
  error: (error: SDKError) => void;
  abort: (error: APIUserAbortError) => void;
  end: () => void;
}

type Listener = (...args: never[]) => void;
export type EventParameters<Events, E extends keyof Events> = Events[E] extends (...args: infer P) => unknown ? P : never;
/** What `emitted(event)` resolves to: the single argument, nothing, or the argument list. */
export type EmittedValue<Events, E extends keyof Events> =
  EventParameters<Events, E> extends [infer Only] ? Only
  : EventParameters<Events, E> extends [] ? void
  : EventParameters<Events, E>;

interface Entry {
  listener: Listener;
  once: boolean;
}

export class EventStream<Events extends BaseEvents> {
  /** Aborted by `abort()`; the helper's requests use its signal. */
  readonly controller: AbortController = new AbortController();
  #listeners = new Map<keyof Events, Entry[]>();
  #ended = false;
  #errored = false;
  #aborted = false;
  #error: SDKError | undefined;
  /** Set when someone waits on a result (done, emitted, final*, iteration): they get the error. */
  #observed = false;
  #settle!: { resolve: () => void; reject: (e: unknown) => void };
  readonly #done: Promise<void> = new Promise((resolve, reject) => (this.#settle = { resolve, reject }));

  constructor() {
    this.#done.catch(() => undefined);
  }

  /** Runs `executor` on the next tick and turns its outcome into `end`, `error` or `abort`. */
  protected _run(executor: () => Promise<unknown>): void {
    setTimeout(() => {
      executor().then(
        () => {
          this._emitFinal();
          this.#finish();
        },
        (error: unknown) => this.#fail(error),
      );
    }, 0);
  }

  /** Emits `connect` once the response headers arrived. */
  protected _connected(): void {
    this._emit('connect', ...([] as unknown as EventParameters<Events, 'connect'>));
  }

  /** Aborting `signal` (the caller's `options.signal`) aborts this stream. */
  protected _listenForAbort(signal: AbortSignal | null | undefined): void {
    if (!signal) return;
    if (signal.aborted) this.controller.abort();
    else signal.addEventListener('abort', () => this.controller.abort(), { once: true });
  }

  get ended(): boolean {
    return this.#ended;
  }
  get errored(): boolean {
    return this.#errored;
  }
  get aborted(): boolean {
    return this.#aborted;
  }

  /** Stops the work: the request is aborted and the stream ends with `APIUserAbortError`. */
  abort(): void {
    this.controller.abort();
  }

  on<E extends keyof Events>(event: E, listener: Events[E]): this {
    return this.#add(event, listener as Listener, false);
  }

  once<E extends keyof Events>(event: E, listener: Events[E]): this {
    return this.#add(event, listener as Listener, true);
  }

  off<E extends keyof Events>(event: E, listener: Events[E]): this {
    const entries = this.#listeners.get(event);
    const at = entries?.findIndex((e) => e.listener === (listener as Listener)) ?? -1;
    if (entries && at >= 0) entries.splice(at, 1);
    return this;
  }

  /** The next time `event` fires, with its argument; rejects if the stream fails first. */
  emitted<E extends keyof Events>(event: E): Promise<EmittedValue<Events, E>> {
    this.#observed = true;
    return new Promise((resolve, reject) => {
      if (this.#error) return reject(this.#error);
      this.#done.catch(reject);
      const listener = (...args: unknown[]) => resolve((args.length > 1 ? args : args[0]) as EmittedValue<Events, E>);
      this.#add(event, listener as Listener, true);
    });
  }

  /** Resolves when the stream ended normally; rejects with its error otherwise. */
  async done(): Promise<void> {
    this.#observed = true;
    await this.#done;
  }

  /** Whether anyone listens to `event` (lets subclasses skip building unused payloads). */
  protected _hasListeners(event: keyof Events): boolean {
    return (this.#listeners.get(event)?.length ?? 0) > 0;
  }

  _emit<E extends keyof Events>(event: E, ...args: EventParameters<Events, E>): void {
    const entries = this.#listeners.get(event);
    if (!entries || entries.length === 0) return;
    if (entries.length === 1) {
      // the common case (one listener per event): no copy
      const only = entries[0]!;
      if (only.once) entries.length = 0;
      (only.listener as (...a: unknown[]) => void)(...args);
      return;
    }
    const snapshot = entries.slice();
    if (snapshot.some((e) => e.once)) this.#listeners.set(event, entries.filter((e) => !e.once));
    for (const { listener } of snapshot) (listener as (...a: unknown[]) => void)(...args);
  }

  /** Emits the `final*` events once the executor succeeded; subclasses override it. */
  protected _emitFinal(): void {}

  #add(event: keyof Events, listener: Listener, once: boolean): this {
    if (event === 'error') this.#observed = true;
    const entries = this.#listeners.get(event);
    if (entries) entries.push({ listener, once });
    else this.#listeners.set(event, [{ listener, once }]);
    return this;
  }

  #finish(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#settle.resolve();
    this._emit('end', ...([] as unknown as EventParameters<Events, 'end'>));
  }

  #fail(raw: unknown): void {
    if (this.#ended) return;
    const aborted = raw instanceof APIUserAbortError || this.controller.signal.aborted;
    const error: SDKError =
      aborted ? (raw instanceof APIUserAbortError ? raw : new APIUserAbortError())
      : raw instanceof SDKError ? raw
      : new SDKError(raw instanceof Error ? raw.message : String(raw));
    if (!(raw instanceof SDKError) && raw instanceof Error && error !== raw) error.cause = raw;
    this.#error = error;
    this.#ended = true;
    if (aborted) {
      this.#aborted = true;
      this._emit('abort', ...([error] as unknown as EventParameters<Events, 'abort'>));
    } else {
      this.#errored = true;
      this._emit('error', ...([error] as unknown as EventParameters<Events, 'error'>));
    }
    this.#settle.reject(error);
    // Nobody listens for errors nor waits on a result: surface it rather than lose it.
    if (!this.#observed && !aborted) void Promise.reject(error);
    this._emit('end', ...([] as unknown as EventParameters<Events, 'end'>));
  }
}
