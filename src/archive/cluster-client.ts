/**
 * The page's side of the clustering worker (cluster-worker.ts). Only the latest selection
 * matters: while one request is being clustered, newer ones replace each other, and only the
 * last is sent next, so dragging the slider never queues up work. The zoom goes with each request:
 * when the map is resized the page sets a new one, and an answer at another zoom is dropped.
 */
import type { ClaimClusters } from './cluster-claims.ts';
import type { ClusterWorkerRequest, ClusterWorkerResponse } from './cluster-worker.ts';

/** Options of {@link createClusterClient}. */
export interface ClusterClientOptions {
  /** Longitude per claim, degrees. */
  lon: ArrayLike<number>;
  /** Latitude per claim, degrees. */
  lat: ArrayLike<number>;
  /** Party index per claim. */
  party: Uint8Array;
  /** Party ids. */
  parties: readonly string[];
  /** Tile zoom to cluster at, until {@link ClusterClient.setZoom} (MapLibre's tile zoom for the view, see claims-view.ts). */
  zoom: number;
  /** Called with the clusters of the latest selection sent, tagged with the count it selected. */
  onClusters: (clusters: ClaimClusters, selected: number) => void;
  /** Called when the worker fails; the page keeps what it drew last. */
  onError: (message: string) => void;
  /** Starts the worker. @defaultValue a module worker of cluster-worker.ts */
  createWorker?: () => Worker;
}

/** The client. */
export interface ClusterClient {
  /** Clusters `indices.subarray(0, count)` (copied: the caller may reuse its buffer). */
  cluster(indices: Int32Array, count: number): void;
  /**
   * Clusters the selections sent from now on at tile `zoom`. A selection already sent at another
   * zoom is not answered: send the selection again with {@link ClusterClient.cluster}.
   */
  setZoom(zoom: number): void;
  /** Stops the worker; its memory goes with it. */
  destroy(): void;
}

/**
 * Starts the worker. Vite bundles it from this `new Worker(new URL(…, import.meta.url))`
 * expression into its own file, for dev and build alike.
 */
export function createClusterWorker(): Worker {
  return new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module', name: 'cm-archive-clusters' });
}

/**
 * Starts the worker and sends it the claims' columns (copied into typed arrays, transferred).
 * Keeps no reference to `options.lon`, `options.lat` or `options.party`, so the page's arrays can
 * be collected once it lets them go.
 */
export function createClusterClient(options: ClusterClientOptions): ClusterClient {
  const { onClusters, onError } = options;
  let zoom = options.zoom;
  const worker = (options.createWorker ?? createClusterWorker)();
  const lon = Float64Array.from(options.lon);
  const lat = Float64Array.from(options.lat);
  const party = options.party.slice();
  const post = (message: ClusterWorkerRequest, transfer: Transferable[] = []): void => worker.postMessage(message, transfer);
  post({ type: 'init', lon, lat, party, parties: [...options.parties] }, [lon.buffer, lat.buffer, party.buffer]);

  let nextId = 1;
  let inFlight: { id: number; count: number; zoom: number } | null = null;
  let queued: { indices: Int32Array; count: number } | null = null;
  let destroyed = false;
  const sendQueued = (): void => {
    if (inFlight || !queued || destroyed) return;
    const { indices, count } = queued;
    queued = null;
    inFlight = { id: nextId++, count, zoom };
    post({ type: 'cluster', id: inFlight.id, indices, count, zoom }, [indices.buffer]);
  };
  worker.addEventListener('message', (event: MessageEvent<ClusterWorkerResponse>) => {
    const response = event.data;
    const answered = inFlight;
    if (response.id !== null && response.id === answered?.id) inFlight = null;
    if (response.type === 'error') onError(response.message);
    // A stale answer is dropped: a newer selection is already on its way, or the view has changed.
    else if (answered && response.id === answered.id && !queued && answered.zoom === zoom) onClusters(response.clusters, answered.count);
    sendQueued();
  });
  worker.addEventListener('error', (event) => onError(event.message || 'cluster worker failed to start'));
  return {
    cluster(indices, count) {
      queued = { indices: indices.slice(0, count), count };
      sendQueued();
    },
    setZoom(next) {
      zoom = next;
    },
    destroy() {
      destroyed = true;
      worker.terminate();
    },
  };
}
