import type { AppHandle } from '../ui/app.ts';
import { validate } from './generated/validate-message.js';
import { HOST_MESSAGE_TYPES, createFrameMessage, type EmbedState, type FrameMessage, type HostMessage } from './protocol.ts';

/** Options of {@link connectFrame}. */
export interface FrameMessagingOptions {
  /** Host origins allowed to talk to the frame; null accepts any and posts to `*`. */
  allowedOrigins: readonly string[] | null;
  /** The window to talk to. @defaultValue window.parent */
  target?: Window;
  /** Element whose height is reported to the host. @defaultValue document.documentElement */
  measure?: HTMLElement;
  /** Where ignored messages are reported. @defaultValue console.warn */
  warn?: (message: string) => void;
}

/** What the frame side exposes to the app: events to forward to the host. */
export interface FrameConnection {
  ready(state: EmbedState): void;
  placeSelected(state: EmbedState): void;
  disconnect(): void;
}

/**
 * Connects an embedded map to its host page through postMessage (protocol v1, see protocol.ts).
 * Incoming messages must come from the parent window, from an allowed origin when an allowlist is
 * set, and pass the message schema; anything else is ignored with a console warning and never
 * throws. Outgoing messages go only to the allowed origins when an allowlist is set, never to `*`.
 */
export function connectFrame(app: Pick<AppHandle, 'select' | 'setLang' | 'getState'>, options: FrameMessagingOptions): FrameConnection {
  const target = options.target ?? window.parent;
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const allowed = options.allowedOrigins;
  const post = (message: FrameMessage): void => {
    if (target === window) return;
    if (allowed) for (const origin of allowed) target.postMessage(message, origin);
    else target.postMessage(message, '*');
  };

  const onMessage = (event: MessageEvent): void => {
    try {
      if (event.source !== target) return; // other windows and the frame's own messages
      if (allowed && !allowed.includes(event.origin)) {
        warn(`conflict-map: ignored a message from ${event.origin}, which is not an allowed origin`);
        return;
      }
      const data: unknown = event.data;
      if (!validate(data) || !HOST_MESSAGE_TYPES.has((data as { type: string }).type)) {
        warn(`conflict-map: ignored a malformed or unknown message: ${preview(data)}`);
        return;
      }
      const message = data as HostMessage;
      if (message.type === 'select-place') app.select(message.place, { source: 'host' });
      else if (message.type === 'set-language') app.setLang(message.lang, { source: 'host' });
      else post(createFrameMessage({ type: 'state', state: app.getState(), ...(message.requestId !== undefined ? { requestId: message.requestId } : {}) }));
    } catch (error) {
      warn(`conflict-map: failed to handle a message: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  window.addEventListener('message', onMessage);

  const measure = options.measure ?? document.documentElement;
  let lastHeight = -1;
  const report = (): void => {
    const height = Math.ceil(measure.scrollHeight);
    if (height === lastHeight) return;
    lastHeight = height;
    post(createFrameMessage({ type: 'resize', height }));
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(report);
  observer?.observe(measure);
  report();

  return {
    ready: (state) => {
      report();
      post(createFrameMessage({ type: 'ready', state }));
    },
    placeSelected: (state) => post(createFrameMessage({ type: 'place-selected', place: state.place, state })),
    disconnect: () => {
      window.removeEventListener('message', onMessage);
      observer?.disconnect();
    },
  };
}

function preview(data: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(data) ?? String(data);
  } catch {
    s = String(data);
  }
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
