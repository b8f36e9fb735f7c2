// The page's side of the clustering worker, against a stand-in worker that records the requests
// and answers when the test says so (the clustering itself is tested in cluster-claims.test.ts).
import { describe, expect, it } from 'vitest';
import type { ClaimClusters } from '../../../src/archive/cluster-claims.ts';
import { createClusterClient } from '../../../src/archive/cluster-client.ts';
import type { ClusterWorkerRequest, ClusterWorkerResponse } from '../../../src/archive/cluster-worker.ts';

type ClusterRequest = Extract<ClusterWorkerRequest, { type: 'cluster' }>;

/** A worker that keeps what it is sent; `answer` replies to one `cluster` request. */
function createFakeWorker(): { worker: Worker; requests: ClusterRequest[]; answer: (request: ClusterRequest) => void } {
  const requests: ClusterRequest[] = [];
  const listeners: Array<(event: MessageEvent<ClusterWorkerResponse>) => void> = [];
  const worker = {
    postMessage(message: ClusterWorkerRequest) {
      if (message.type === 'cluster') requests.push(message);
    },
    addEventListener(type: string, listener: (event: MessageEvent<ClusterWorkerResponse>) => void) {
      if (type === 'message') listeners.push(listener);
    },
    terminate() {},
  } as unknown as Worker;
  const answer = (request: ClusterRequest): void => {
    // One single claim per request, tagged with the request's zoom so the test can tell them apart.
    const clusters: ClaimClusters = {
      length: 1,
      lon: Float64Array.of(request.zoom),
      lat: Float64Array.of(0),
      count: Uint32Array.of(request.count),
      byParty: Uint32Array.of(request.count),
      parties: 1,
    };
    const response: ClusterWorkerResponse = { type: 'clusters', id: request.id, clusters, ms: 0 };
    for (const listener of listeners) listener({ data: response } as MessageEvent<ClusterWorkerResponse>);
  };
  return { worker, requests, answer };
}

function createClient(zoom: number) {
  const fake = createFakeWorker();
  const answers: Array<{ zoom: number; selected: number }> = [];
  const client = createClusterClient({
    lon: [13, 13.1, 13.2],
    lat: [32, 32.1, 32.2],
    party: Uint8Array.of(0, 0, 0),
    parties: ['lna'],
    zoom,
    createWorker: () => fake.worker,
    onClusters: (clusters, selected) => answers.push({ zoom: clusters.lon[0] as number, selected }),
    onError: (message) => {
      throw new Error(message);
    },
  });
  return { client, answers, ...fake };
}

describe('createClusterClient', () => {
  it('cluster(indices, count) asks for the clusters at the zoom it was created with', () => {
    const { client, requests, answers, answer } = createClient(6);
    client.cluster(Int32Array.of(0, 1, 2), 3);
    expect(requests.map((r) => [r.zoom, r.count])).toEqual([[6, 3]]);
    answer(requests[0] as ClusterRequest);
    expect(answers).toEqual([{ zoom: 6, selected: 3 }]);
  });

  it('setZoom(zoom) then cluster(indices, count) asks for the clusters at the new zoom', () => {
    const { client, requests, answers, answer } = createClient(6);
    client.setZoom(5);
    client.cluster(Int32Array.of(0, 2), 2);
    expect(requests.map((r) => [r.zoom, r.count])).toEqual([[5, 2]]);
    answer(requests[0] as ClusterRequest);
    expect(answers).toEqual([{ zoom: 5, selected: 2 }]);
  });

  it('a selection in flight when the zoom changes is dropped, and the one sent again after it is drawn', () => {
    const { client, requests, answers, answer } = createClient(6);
    client.cluster(Int32Array.of(0, 1, 2), 3);
    client.setZoom(5);
    client.cluster(Int32Array.of(0, 1, 2), 3);
    // Only one request at a time: the second waits for the first.
    expect(requests).toHaveLength(1);
    answer(requests[0] as ClusterRequest);
    expect(answers).toEqual([]);
    expect(requests.map((r) => r.zoom)).toEqual([6, 5]);
    answer(requests[1] as ClusterRequest);
    expect(answers).toEqual([{ zoom: 5, selected: 3 }]);
  });

  it('an answer at a zoom set aside by setZoom(zoom) is dropped even with nothing queued', () => {
    const { client, requests, answers, answer } = createClient(6);
    client.cluster(Int32Array.of(0, 1, 2), 3);
    client.setZoom(7);
    answer(requests[0] as ClusterRequest);
    expect(answers).toEqual([]);
  });
});
