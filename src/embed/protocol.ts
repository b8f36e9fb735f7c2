/**
 * The postMessage protocol between a host page and an embedded map (iframe), version 1.
 *
 * Every message is an object `{ protocol: "conflict-map", version: 1, type, ... }`.
 * Host → frame: `select-place`, `set-language`, `get-state`.
 * Frame → host: `ready`, `place-selected`, `resize`, `state`.
 * Messages are validated against {@link messageSchema} (compiled ahead of time, so the page
 * needs no `eval` under its Content-Security-Policy); anything else is ignored with a warning.
 */

/** Protocol name carried by every message. */
export const PROTOCOL = 'conflict-map';
/** Protocol version; a frame ignores messages of another version. */
export const PROTOCOL_VERSION = 1;

/** The view a frame reports. */
export interface EmbedState {
  article: string;
  place: string | null;
  lang: 'ar' | 'en';
}

interface Envelope<T extends string> {
  protocol: typeof PROTOCOL;
  version: typeof PROTOCOL_VERSION;
  type: T;
}

/** Host → frame: select a place (null clears the selection). */
export type SelectPlaceMessage = Envelope<'select-place'> & { place: string | null };
/** Host → frame: switch the language of the text, interface and labels. */
export type SetLanguageMessage = Envelope<'set-language'> & { lang: 'ar' | 'en' };
/** Host → frame: ask for the current state; the frame answers with a `state` message. */
export type GetStateMessage = Envelope<'get-state'> & { requestId?: string };
/** Frame → host: the map is drawn. */
export type ReadyMessage = Envelope<'ready'> & { state: EmbedState };
/** Frame → host: the reader (or the host) selected a place. */
export type PlaceSelectedMessage = Envelope<'place-selected'> & { place: string | null; state: EmbedState };
/** Frame → host: the frame's content height changed, CSS px. */
export type ResizeMessage = Envelope<'resize'> & { height: number };
/** Frame → host: the answer to `get-state`. */
export type StateMessage = Envelope<'state'> & { requestId?: string; state: EmbedState };

/** Messages a frame accepts. */
export type HostMessage = SelectPlaceMessage | SetLanguageMessage | GetStateMessage;
/** Messages a frame sends. */
export type FrameMessage = ReadyMessage | PlaceSelectedMessage | ResizeMessage | StateMessage;

// Length limits as look-aheads rather than maxLength, which would pull Ajv's unicode runtime
// helper into the browser bundle.
const ID = '^(?=.{1,200}$)[a-z0-9]+(-[a-z0-9]+)*$';
const envelope = (type: string) => ({
  protocol: { const: PROTOCOL },
  version: { const: PROTOCOL_VERSION },
  type: { const: type },
});
const state = {
  type: 'object',
  required: ['article', 'place', 'lang'],
  additionalProperties: false,
  properties: {
    article: { type: 'string', pattern: ID },
    place: { anyOf: [{ type: 'string', pattern: ID }, { type: 'null' }] },
    lang: { enum: ['ar', 'en'] },
  },
};
const requestId = { type: 'string', pattern: '^[\\s\\S]{0,200}$' };
const message = (type: string, required: string[], properties: Record<string, unknown>) => ({
  type: 'object',
  required: ['protocol', 'version', 'type', ...required],
  additionalProperties: false,
  properties: { ...envelope(type), ...properties },
});

/** JSON Schema (draft-07) of every message of the protocol, both directions. */
export const messageSchema = {
  $id: 'https://conflict-map.invalid/schemas/embed-message-v1.json',
  oneOf: [
    message('select-place', ['place'], { place: { anyOf: [{ type: 'string', pattern: ID }, { type: 'null' }] } }),
    message('set-language', ['lang'], { lang: { enum: ['ar', 'en'] } }),
    message('get-state', [], { requestId }),
    message('ready', ['state'], { state }),
    message('place-selected', ['place', 'state'], { place: { anyOf: [{ type: 'string', pattern: ID }, { type: 'null' }] }, state }),
    message('resize', ['height'], { height: { type: 'number', minimum: 0, maximum: 100000 } }),
    message('state', ['state'], { requestId, state }),
  ],
} as const;

/** Host → frame message types. */
export const HOST_MESSAGE_TYPES: ReadonlySet<string> = new Set(['select-place', 'set-language', 'get-state']);
/** Frame → host message types. */
export const FRAME_MESSAGE_TYPES: ReadonlySet<string> = new Set(['ready', 'place-selected', 'resize', 'state']);

type Body<M> = M extends unknown ? Omit<M, 'protocol' | 'version'> : never;

/** Builds a frame → host message with the envelope filled in. */
export function createFrameMessage(body: Body<FrameMessage>): FrameMessage {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...body } as FrameMessage;
}

/** Builds a host → frame message with the envelope filled in. */
export function createHostMessage(body: Body<HostMessage>): HostMessage {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...body } as HostMessage;
}
