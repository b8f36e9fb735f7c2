import { isWebGLAvailable } from './progressive-renderer.ts';

/**
 * Whether the browser can create a WebGL context (MapLibre needs one), asked of a worker with an
 * `OffscreenCanvas`: creating the first context makes the asking thread wait for the GPU process
 * (hundreds of ms with software GL, seconds on a busy machine), and on the main thread that wait
 * would leave the static map deaf to the reader's drag. Where workers cannot do it (no
 * `OffscreenCanvas`, a worker that fails to start), the main thread asks.
 */
export function checkWebGL(): Promise<boolean> {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return Promise.resolve(isWebGLAvailable());
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // Vite bundles the worker from this `new Worker(new URL(…, import.meta.url))` expression.
      worker = new Worker(new URL('./webgl-check-worker.ts', import.meta.url), { type: 'module', name: 'cm-webgl-check' });
    } catch {
      resolve(isWebGLAvailable());
      return;
    }
    worker.onmessage = (event: MessageEvent<unknown>) => {
      worker.terminate();
      // A worker without WebGL in a browser that has it on the main thread: ask there.
      resolve(event.data === true || isWebGLAvailable());
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(isWebGLAvailable());
    };
  });
}
