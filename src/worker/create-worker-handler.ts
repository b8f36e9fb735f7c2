import { compileClaimReader, type ClaimReader } from '../core/claims/index.ts';
import { createGeoparser, type Geoparser } from '../core/geoparser/index.ts';
import type { Party, Place } from '../core/types.ts';
import { geoparseDocument, type DocumentBatch } from './geoparse-document.ts';
import { readRequest, type GeoparsePlace, type WorkerMessage } from './protocol.ts';
import { suggestClaimsInDocument } from './suggest-claims-document.ts';

/**
 * The geoparse worker's logic without the worker: give it a way to post messages, feed it the
 * data of every message received. It never throws: a bad request or a failure becomes an `error`
 * message, and data that is not a request is ignored.
 *
 * @param post - sends a message to the page
 * @param now - a clock in ms. @defaultValue `performance.now`
 * @returns the function to call with each received message's `data`
 */
export function createWorkerHandler(post: (message: WorkerMessage) => void, now: () => number = () => performance.now()): (data: unknown) => void {
  let parser: Geoparser | null = null;
  let places: readonly GeoparsePlace[] = [];
  let reader: ClaimReader | null = null;
  let region: [number, number, number, number] | undefined;
  // Pieces of texts sent in parts, by request id, until their `geoparse` request arrives.
  const pieces = new Map<number, string[]>();
  return (data) => {
    const read = readRequest(data);
    if (!read.ok) {
      if ('ignore' in read) return;
      // A refused request's pieces will never be asked for.
      if (read.id !== null) pieces.delete(read.id);
      post({ type: 'error', id: read.id, message: read.message });
      return;
    }
    const { request } = read;
    if (request.type === 'append') {
      const list = pieces.get(request.id);
      if (list) list.push(request.text);
      else pieces.set(request.id, [request.text]);
      return;
    }
    const id = request.type === 'init' ? null : request.id;
    try {
      if (request.type === 'init') {
        // The geoparser reads only id, ar, en, kind and needsTrigger, which readRequest checked.
        parser = createGeoparser(request.places as Place[]);
        places = request.places;
        region = request.region;
        reader = request.parties ? compileClaimReader(request.parties as Party[], request.sharedAliases ? { sharedAliases: request.sharedAliases } : {}) : null;
        post({ type: 'ready', names: parser.nameCount });
        return;
      }
      const t0 = now();
      const before = pieces.get(request.id);
      pieces.delete(request.id);
      const text = before ? before.join('') + request.text : request.text;
      if (!parser) {
        post({ type: 'error', id, message: `${request.type}: no gazetteer yet: send { type: "init", places } first` });
        return;
      }
      if (request.type === 'suggest-claims') {
        if (!reader) {
          post({ type: 'error', id, message: 'suggest-claims: no parties yet: send { type: "init", places, parties } first' });
          return;
        }
        const found = suggestClaimsInDocument(parser, places, reader, text, region);
        post({ type: 'claims', id: request.id, ...found, ms: now() - t0 });
        return;
      }
      const options = {
        ...(request.chunkSize === undefined ? {} : { chunkSize: request.chunkSize }),
        onBatch: (batch: DocumentBatch) => {
          if (batch.done < batch.total) post({ type: 'progress', id: request.id, ...batch });
          else post({ type: 'result', id: request.id, ...batch, ms: now() - t0 });
        },
      };
      geoparseDocument(parser, text, options);
    } catch (error) {
      post({ type: 'error', id, message: `${request.type}: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
}
