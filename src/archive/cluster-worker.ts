/**
 * The archive's clustering worker: the cluster index for the canvas map (first paint, and the
 * whole map without WebGL) is built here, so re-clustering 50,000 claims after a filter change
 * (about 50–150 ms) never blocks the page. Holds the claims' positions and parties; each request
 * builds an index over one selection, answers with the clusters at one zoom, and lets it go.
 * Messages: {@link ClusterWorkerRequest} in, {@link ClusterWorkerResponse} out; start it with
 * `createClusterClient` (cluster-client.ts).
 */
import { createClaimsClusterIndex, type ClaimClusters, type ClusterInput } from './cluster-claims.ts';

/** What the page sends. */
export type ClusterWorkerRequest =
  | { type: 'init'; lon: Float64Array; lat: Float64Array; party: Uint8Array; parties: string[] }
  | { type: 'cluster'; id: number; indices: Int32Array; count: number; zoom: number };

/** What the worker answers a `cluster` request with; `ms`: time spent clustering. */
export type ClusterWorkerResponse = { type: 'clusters'; id: number; clusters: ClaimClusters; ms: number } | { type: 'error'; id: number | null; message: string };

/** The part of DedicatedWorkerGlobalScope used here (the project's TypeScript lib is the DOM's). */
interface WorkerScope {
  postMessage(message: ClusterWorkerResponse, transfer?: Transferable[]): void;
  addEventListener(type: 'message' | 'messageerror', listener: (event: MessageEvent<ClusterWorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let input: ClusterInput | null = null;

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'init') {
    input = { lon: request.lon, lat: request.lat, party: request.party, parties: request.parties };
    return;
  }
  try {
    if (!input) throw new Error('cluster worker: a cluster request came before the claims');
    const t0 = performance.now();
    const clusters = createClaimsClusterIndex(input, request.indices, request.count).clustersAt(request.zoom);
    scope.postMessage({ type: 'clusters', id: request.id, clusters, ms: performance.now() - t0 }, [clusters.lon.buffer, clusters.lat.buffer, clusters.count.buffer, clusters.byParty.buffer]);
  } catch (error) {
    scope.postMessage({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
scope.addEventListener('messageerror', () => scope.postMessage({ type: 'error', id: null, message: 'cluster worker: a message could not be deserialised' }));
