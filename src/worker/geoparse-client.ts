import type { GeoparseWarning, Match, PartyAliases } from '../core/types.ts';
import type { AppendRequest, GeoparsePlace, GeoparseRequest, InitRequest, SuggestClaimsRequest, SuggestParty, WorkerMessage } from './protocol.ts';
import type { ParagraphSpan } from './split-paragraphs.ts';
import type { DocumentClaimSuggestions } from './suggest-claims-document.ts';

/** What the worker found in a text. */
export interface DocumentGeoparse {
  /** The text's paragraphs (split at blank lines, ids `p1`, `p2`…) as spans of the text. */
  paragraphs: ParagraphSpan[];
  /**
   * Matches in text order, offsets relative to their paragraph: the match is
   * `text.slice(p.start + m.start, p.start + m.end)` for the paragraph `p` with id `m.paragraph`.
   */
  matches: Match[];
  /** Names after a trigger word that are not in the gazetteer, offsets like matches. */
  warnings: GeoparseWarning[];
  /** ms the worker spent (splitting, geoparsing, posting), not counting the wait in its queue. */
  ms: number;
}

/** How far a request has got, in UTF-16 code units of its text. */
export interface GeoparseProgress {
  done: number;
  total: number;
}

/** Options of {@link createGeoparseClient}. */
export interface GeoparseClientOptions {
  /** Code units of text per progress message. @defaultValue the worker's, `65536` */
  chunkSize?: number;
  /**
   * Code units of text per message to the worker: a longer text is sent in pieces, one per task,
   * because cloning a string blocks the main thread in proportion to its length.
   * @defaultValue `524288` (1 MB of UTF-16, a few ms to clone)
   */
  postSize?: number;
  /** Makes the worker (tests, other bundlers). @defaultValue {@link createGeoparseWorker} */
  createWorker?: () => Worker;
  /** The parties and their aliases (data/parties.json), for {@link GeoparseClient.suggestClaims}. */
  parties?: SuggestParty[];
  /** Names several parties use (data/parties.json `shared_aliases`). */
  sharedAliases?: PartyAliases;
  /** The map's region [west, south, east, north] (data/gazetteer.json `region`), to resolve ambiguous names. */
  region?: [number, number, number, number];
}

/** Suggested control claims in a text, as the worker found them; `ms` is the worker's time. */
export interface DocumentClaims extends DocumentClaimSuggestions {
  ms: number;
}

/** The main thread's handle on a geoparse worker. */
export interface GeoparseClient {
  /** Resolves with the number of names in the trie once the worker has compiled the gazetteer. */
  ready: Promise<number>;
  /**
   * Geoparses a text in the worker. Requests are answered one after another, in order.
   * Rejects if the worker fails, the gazetteer was refused, or {@link GeoparseClient.terminate}
   * is called first.
   *
   * @param onProgress - called as each batch arrives, and once more with `done === total`
   */
  geoparse(text: string, onProgress?: (progress: GeoparseProgress) => void): Promise<DocumentGeoparse>;
  /**
   * Suggests control claims in a text, in the worker: the text is split at blank lines into
   * paragraphs `p1`, `p2`…, geoparsed, resolved and read (README, "Suggested control claims").
   * Each suggestion's evidence gives its paragraph and offsets into it. Needs the `parties`
   * option; rejects otherwise, or if the worker fails or is terminated.
   */
  suggestClaims(text: string): Promise<DocumentClaims>;
  /** Stops the worker at once; pending and later requests reject. */
  terminate(): void;
}

const DEFAULTS = { postSize: 524_288 };

interface Pending {
  resolve: (result: DocumentGeoparse) => void;
  reject: (error: Error) => void;
  onProgress: ((progress: GeoparseProgress) => void) | undefined;
  result: Omit<DocumentGeoparse, 'ms'>;
}

/**
 * Starts the geoparse worker as a module worker. Vite bundles the worker from this
 * `new Worker(new URL(…, import.meta.url))` expression into its own file, for dev and build alike.
 */
export function createGeoparseWorker(): Worker {
  return new Worker(new URL('./geoparse-worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts a geoparse worker and sends it the gazetteer. The main thread only posts the text, once
 * (strings cannot be transferred, so each piece is cloned: pieces of `postSize` code units, one
 * per task, keep every clone short), and collects the result, which the worker sends in batches
 * of about `chunkSize` code units of text so that no message is long to deserialise. Splitting
 * into paragraphs and matching happen in the worker.
 *
 * @param places - the gazetteer's places (only id, ar, en, kind and needsTrigger are read)
 */
export function createGeoparseClient(places: readonly GeoparsePlace[], options: GeoparseClientOptions = {}): GeoparseClient {
  const { postSize } = { ...DEFAULTS, ...options };
  const worker = (options.createWorker ?? createGeoparseWorker)();
  const pending = new Map<number, Pending>();
  const claimsPending = new Map<number, { resolve: (result: DocumentClaims) => void; reject: (error: Error) => void }>();
  // Yields to the event loop between pieces of a long text, so input and frames get in. A
  // MessageChannel, not setTimeout: timers are throttled to 1 s in background tabs.
  const channel = new MessageChannel();
  const resumes: Array<() => void> = [];
  channel.port1.onmessage = () => resumes.shift()?.();
  const yieldToEventLoop = (): Promise<void> =>
    new Promise((resolve) => {
      resumes.push(resolve);
      channel.port2.postMessage(null);
    });
  let nextId = 1;
  let failure: Error | null = null;
  let settleReady: { resolve: (names: number) => void; reject: (error: Error) => void } | null = null;
  const ready = new Promise<number>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  // A caller that never looks at `ready` must not get an unhandled rejection from it.
  ready.catch(() => undefined);

  const fail = (error: Error): void => {
    failure ??= error;
    settleReady?.reject(error);
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    for (const p of claimsPending.values()) p.reject(error);
    claimsPending.clear();
  };
  /** Sends a long text in pieces, one per task, then the request carrying the last piece. */
  const postText = async (id: number, text: string, last: (rest: string) => GeoparseRequest | SuggestClaimsRequest): Promise<void> => {
    let at = 0;
    for (; text.length - at > postSize; at += postSize) {
      const piece: AppendRequest = { type: 'append', id, text: text.slice(at, at + postSize) };
      worker.postMessage(piece);
      await yieldToEventLoop();
      // Terminated or failed meanwhile: the request has been rejected already.
      if (!pending.has(id) && !claimsPending.has(id)) return;
    }
    worker.postMessage(last(text.slice(at)));
  };

  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    if (message.type === 'ready') {
      settleReady?.resolve(message.names);
      return;
    }
    if (message.type === 'error') {
      const error = new Error(`geoparse worker: ${message.message}`);
      if (message.id === null) {
        fail(error);
      } else {
        pending.get(message.id)?.reject(error);
        pending.delete(message.id);
        claimsPending.get(message.id)?.reject(error);
        claimsPending.delete(message.id);
      }
      return;
    }
    if (message.type === 'claims') {
      const c = claimsPending.get(message.id);
      claimsPending.delete(message.id);
      c?.resolve({ paragraphs: message.paragraphs, suggestions: message.suggestions, rejected: message.rejected, ms: message.ms });
      return;
    }
    if (message.type !== 'progress' && message.type !== 'result') return;
    const p = pending.get(message.id);
    if (!p) return;
    for (const paragraph of message.paragraphs) p.result.paragraphs.push(paragraph);
    for (const m of message.matches) p.result.matches.push(m);
    for (const w of message.warnings) p.result.warnings.push(w);
    if (message.type === 'result') pending.delete(message.id);
    try {
      p.onProgress?.({ done: message.done, total: message.total });
    } catch (error) {
      pending.delete(message.id);
      p.reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (message.type === 'result') p.resolve({ ...p.result, ms: message.ms });
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    // Handled here: the rejection carries it, so it is not also reported as uncaught.
    event.preventDefault();
    fail(new Error(`geoparse worker failed: ${event.message || 'the worker script could not be loaded or run'}`));
  });
  worker.addEventListener('messageerror', () => fail(new Error('geoparse worker: a message from the worker could not be deserialised')));

  const init: InitRequest = {
    type: 'init',
    places: [...places],
    ...(options.parties ? { parties: options.parties } : {}),
    ...(options.sharedAliases ? { sharedAliases: options.sharedAliases } : {}),
    ...(options.region ? { region: options.region } : {}),
  };
  worker.postMessage(init);

  return {
    ready,
    geoparse(text, onProgress) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<DocumentGeoparse>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress, result: { paragraphs: [], matches: [], warnings: [] } });
        postText(id, text, (rest) => ({ type: 'geoparse', id, text: rest, ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }) })).catch((error: unknown) => {
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      });
    },
    suggestClaims(text) {
      if (failure) return Promise.reject(failure);
      if (!options.parties) return Promise.reject(new Error('suggestClaims: the client was made without parties (createGeoparseClient(places, { parties }))'));
      const id = nextId++;
      return new Promise<DocumentClaims>((resolve, reject) => {
        claimsPending.set(id, { resolve, reject });
        postText(id, text, (rest) => ({ type: 'suggest-claims', id, text: rest })).catch((error: unknown) => {
          claimsPending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      });
    },
    terminate() {
      worker.terminate();
      channel.port1.close();
      // Pieces waiting for their turn stop at the check after the wait.
      for (const resume of resumes.splice(0)) resume();
      fail(new Error('geoparse worker terminated'));
    },
  };
}
