/**
 * The authoring page's build worker: checks and builds the draft's article folder with the
 * pipeline's own code (src/author/build-draft.ts), zones included, off the main thread, so
 * typing never waits for it. Messages: src/author/draft-builder.ts.
 */
import type { FeatureCollection } from 'geojson';
import type { Gazetteer, Party } from '../core/types.ts';
import { buildDraft, type BuildDraftInput } from './build-draft.ts';
import type { DraftBuilderAnswer, DraftBuilderRequest } from './draft-builder.ts';

interface WorkerScope {
  postMessage(message: DraftBuilderAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DraftBuilderRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let site: { gazetteer: Gazetteer; parties: Party[]; basemap: FeatureCollection } | null = null;
let cache: BuildDraftInput['cache'] = null;

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'init') {
    site = { gazetteer: request.gazetteer, parties: request.parties, basemap: request.basemap };
    cache = null;
    return;
  }
  try {
    if (!site) throw new Error('no site data yet');
    const result = buildDraft({ ...site, id: request.articleId, files: request.files, cache });
    cache = result.cache;
    // The compiled gazetteer stays here: it is large, and the page has no use for it.
    const answer = { ...result } as Partial<typeof result>;
    delete answer.cache;
    scope.postMessage({ type: 'built', id: request.id, result: answer as DraftBuilderAnswer & { type: 'built' } extends { result: infer R } ? R : never });
  } catch (error) {
    scope.postMessage({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
