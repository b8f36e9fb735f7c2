/**
 * The messages between the page and the geoparse worker (src/worker/geoparse-worker.ts).
 *
 * Page → worker: `init` once with the gazetteer's places, then any number of `geoparse`
 * requests, answered in order. A long text may be sent in pieces: `append` messages with the
 * request's id, then the `geoparse` request with the last piece; the worker geoparses the pieces
 * joined. Cloning a string for postMessage costs the sender time in proportion to its length
 * (about 20 ms of CPU for 10 MB here), so the page sends pieces in separate tasks and never
 * blocks for long. Worker → page: `ready` after `init`; for each request zero or more `progress`
 * messages and one `result`, or one `error`. Results come in batches (see {@link DocumentBatch}):
 * each `progress` and the `result` carry the paragraphs finished since the previous message and
 * what was found in them, so no message is large and the page deserialises the result a slice
 * at a time between frames.
 *
 * Suggested control claims: `init` may also carry the parties (with their aliases) and the
 * map's region; then a `suggest-claims` request (its text sent in pieces like `geoparse`) is
 * answered with one `claims` message: the text's paragraphs and the suggested and rejected
 * claims, evidence offsets relative to their paragraph. The places must then carry `lon` and
 * `lat`, so ambiguous names are resolved as `npm run geo` resolves them.
 */
import type { RejectedClaim, SuggestedClaim } from '../core/claims/types.ts';
import type { Party, PartyAliases, Place } from '../core/types.ts';
import type { DocumentBatch } from './geoparse-document.ts';
import type { ParagraphSpan } from './split-paragraphs.ts';

/** The fields of a gazetteer place that the geoparser reads; the rest (coordinates…) may be sent too. */
export type GeoparsePlace = Pick<Place, 'id' | 'ar' | 'en' | 'kind' | 'needsTrigger'>;

/** The fields of a party the claim suggester reads. */
export type SuggestParty = Pick<Party, 'id' | 'aliases' | 'outsideAliases' | 'people'>;

/** Compiles the gazetteer (and, for claims, the parties). Replaces the previous ones, if any. */
export interface InitRequest {
  type: 'init';
  places: GeoparsePlace[];
  /** The parties and their aliases (content/parties.yaml, data/parties.json); needed for `suggest-claims`. */
  parties?: SuggestParty[];
  /** Names several parties use (`shared_aliases`). */
  sharedAliases?: PartyAliases;
  /** The map's region [west, south, east, north], to resolve ambiguous names as the pipeline does. @defaultValue the whole world */
  region?: [number, number, number, number];
}

/** A piece of a request's text, to be joined (in order) with the request's own `text`. */
export interface AppendRequest {
  type: 'append';
  /** The id of the `geoparse` request that will follow. */
  id: number;
  text: string;
}

/** Geoparses a text (the pieces appended under this id, then `text`), split at blank lines. */
export interface GeoparseRequest {
  type: 'geoparse';
  /** Chosen by the page, echoed in every answer: a safe integer. */
  id: number;
  text: string;
  /** Code units per batch. @defaultValue `65536` */
  chunkSize?: number;
}

/** Suggests control claims in a text (the pieces appended under this id, then `text`), split at blank lines. */
export interface SuggestClaimsRequest {
  type: 'suggest-claims';
  /** Chosen by the page, echoed in the answer: a safe integer. */
  id: number;
  text: string;
}

export type WorkerRequest = InitRequest | AppendRequest | GeoparseRequest | SuggestClaimsRequest;

/** The gazetteer is compiled. */
export interface ReadyMessage {
  type: 'ready';
  /** Distinct normalised names in the trie. */
  names: number;
}

/** A batch of a request's result, more to come. */
export interface ProgressMessage extends DocumentBatch {
  type: 'progress';
  id: number;
}

/** The last batch of a request's result (`done === total`). */
export interface ResultMessage extends DocumentBatch {
  type: 'result';
  id: number;
  /** ms the worker spent on the request: splitting, geoparsing and posting the batches. */
  ms: number;
}

/**
 * The answer to `suggest-claims`: the text's paragraphs and what was suggested in them. Evidence
 * offsets are relative to the paragraph named by `evidence.paragraph`.
 */
export interface ClaimsMessage {
  type: 'claims';
  id: number;
  paragraphs: ParagraphSpan[];
  suggestions: SuggestedClaim[];
  rejected: RejectedClaim[];
  /** ms the worker spent (splitting, geoparsing, resolving, suggesting). */
  ms: number;
}

/** A request failed; `id` is null when it is not a request's (a bad `init`). */
export interface ErrorMessage {
  type: 'error';
  id: number | null;
  message: string;
}

export type WorkerMessage = ReadyMessage | ProgressMessage | ResultMessage | ClaimsMessage | ErrorMessage;

/** What {@link readRequest} makes of incoming data. */
export type ReadRequest = { ok: true; request: WorkerRequest } | { ok: false; id: number | null; message: string } | { ok: false; ignore: true };

/**
 * Checks the shape of a message the worker received. Data that is not a request at all (not an
 * object, or no known `type`) is to be ignored; a request with a bad field gets an error naming
 * the field, what was expected and what was found.
 */
export function readRequest(data: unknown): ReadRequest {
  if (typeof data !== 'object' || data === null) return { ok: false, ignore: true };
  const message = data as Record<string, unknown>;
  if (message.type === 'init') {
    const problem = checkPlaces(message.places) ?? checkParties(message.parties) ?? checkAliases(message.sharedAliases, 'sharedAliases') ?? checkRegion(message.region);
    if (problem) return { ok: false, id: null, message: `init: ${problem}` };
    return {
      ok: true,
      request: {
        type: 'init',
        places: message.places as GeoparsePlace[],
        ...(message.parties !== undefined ? { parties: message.parties as SuggestParty[] } : {}),
        ...(message.sharedAliases !== undefined ? { sharedAliases: message.sharedAliases as PartyAliases } : {}),
        ...(message.region !== undefined ? { region: message.region as [number, number, number, number] } : {}),
      },
    };
  }
  if (message.type === 'suggest-claims') {
    if (!Number.isSafeInteger(message.id)) return { ok: false, id: null, message: `suggest-claims: id: expected a safe integer, found ${describe(message.id)}` };
    const id = message.id as number;
    if (typeof message.text !== 'string') return { ok: false, id, message: `suggest-claims: text: expected a string, found ${describe(message.text)}` };
    return { ok: true, request: { type: 'suggest-claims', id, text: message.text } };
  }
  if (message.type === 'geoparse' || message.type === 'append') {
    const type = message.type;
    if (!Number.isSafeInteger(message.id)) return { ok: false, id: null, message: `${type}: id: expected a safe integer, found ${describe(message.id)}` };
    const id = message.id as number;
    if (typeof message.text !== 'string') return { ok: false, id, message: `${type}: text: expected a string, found ${describe(message.text)}` };
    if (type === 'append') return { ok: true, request: { type, id, text: message.text } };
    const { chunkSize } = message;
    if (chunkSize !== undefined && !(Number.isSafeInteger(chunkSize) && (chunkSize as number) > 0)) {
      return { ok: false, id, message: `geoparse: chunkSize: expected a positive integer, found ${describe(chunkSize)}` };
    }
    return { ok: true, request: { type: 'geoparse', id, text: message.text, ...(chunkSize === undefined ? {} : { chunkSize: chunkSize as number }) } };
  }
  return { ok: false, ignore: true };
}

function checkParties(parties: unknown): string | null {
  if (parties === undefined) return null;
  if (!Array.isArray(parties)) return `parties: expected an array of parties, found ${describe(parties)}`;
  for (const [i, party] of parties.entries()) {
    if (typeof party !== 'object' || party === null) return `parties[${i}]: expected an object, found ${describe(party)}`;
    const p = party as Record<string, unknown>;
    if (typeof p.id !== 'string' || p.id.length === 0) return `parties[${i}].id: expected a non-empty string, found ${describe(p.id)}`;
    const problem = checkAliases(p.aliases, `parties[${i}].aliases`) ?? checkAliases(p.outsideAliases, `parties[${i}].outsideAliases`) ?? checkAliases(p.people, `parties[${i}].people`);
    if (problem) return problem;
  }
  return null;
}

function checkAliases(aliases: unknown, field: string): string | null {
  if (aliases === undefined) return null;
  if (typeof aliases !== 'object' || aliases === null) return `${field}: expected { ar: [...], en: [...] }, found ${describe(aliases)}`;
  for (const lang of ['ar', 'en'] as const) {
    const list = (aliases as Record<string, unknown>)[lang];
    if (list !== undefined && !(Array.isArray(list) && list.every((a) => typeof a === 'string'))) return `${field}.${lang}: expected an array of strings, found ${describe(list)}`;
  }
  return null;
}

function checkRegion(region: unknown): string | null {
  if (region === undefined) return null;
  if (!Array.isArray(region) || region.length !== 4 || !region.every((x) => typeof x === 'number' && Number.isFinite(x))) return `region: expected [west, south, east, north] in degrees, found ${describe(region)}`;
  return null;
}

function checkPlaces(places: unknown): string | null {
  if (!Array.isArray(places)) return `places: expected an array of places, found ${describe(places)}`;
  for (const [i, place] of places.entries()) {
    if (typeof place !== 'object' || place === null) return `places[${i}]: expected an object, found ${describe(place)}`;
    const p = place as Record<string, unknown>;
    if (typeof p.id !== 'string' || p.id.length === 0) return `places[${i}].id: expected a non-empty string, found ${describe(p.id)}`;
    for (const field of ['ar', 'en'] as const) {
      const names = p[field];
      if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) return `places[${i}].${field}: expected an array of strings, found ${describe(names)}`;
    }
    if (typeof p.kind !== 'string') return `places[${i}].kind: expected a string, found ${describe(p.kind)}`;
    if (p.needsTrigger !== undefined && typeof p.needsTrigger !== 'boolean') return `places[${i}].needsTrigger: expected a boolean, found ${describe(p.needsTrigger)}`;
  }
  return null;
}

/** A short description of a value for an error message: its JSON, cut, or its type. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) return typeof value;
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
