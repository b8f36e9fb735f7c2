/**
 * The geoparse Web Worker: the gazetteer is compiled and texts are geoparsed here, off the main
 * thread, so a 10 MB text never freezes the page. Messages: src/worker/protocol.ts. Start it with
 * `createGeoparseClient` (src/worker/geoparse-client.ts).
 */
import { createWorkerHandler } from './create-worker-handler.ts';
import type { WorkerMessage } from './protocol.ts';

/** The part of DedicatedWorkerGlobalScope used here (the project's TypeScript lib is the DOM's). */
interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message' | 'messageerror', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createWorkerHandler((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => handle(event.data));
// A message that cannot be deserialised has no request id to answer to.
scope.addEventListener('messageerror', () => scope.postMessage({ type: 'error', id: null, message: 'a message could not be deserialised' }));
