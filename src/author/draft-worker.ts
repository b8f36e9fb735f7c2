/**
 * The authoring page's build worker: checks the draft's article folder with the pipeline's own
 * code (src/author/build-draft.ts) and builds what the preview shows, zones included, off the
 * main thread, so typing never waits for it. Messages: src/author/draft-builder.ts.
 */
import type { FeatureCollection } from 'geojson';
import type { Gazetteer, Party } from '../core/types.ts';
import { buildDraft, type BuildDraftInput } from './build-draft.ts';
import type { DraftBuildResult, DraftBuilderAnswer, DraftBuilderRequest } from './draft-builder.ts';

interface WorkerScope {
  postMessage(message: DraftBuilderAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DraftBuilderRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let site: { gazetteer: Gazetteer; parties: Party[]; basemap: FeatureCollection } | null = null;
// The compiled gazetteer, kept between builds with the same additions.
let cache: BuildDraftInput['cache'] = null;

const build = (articleId: string, files: Record<string, string>): ReturnType<typeof buildDraft> => {
  const result = buildDraft({ ...(site as NonNullable<typeof site>), id: articleId, files, cache });
  cache = result.cache;
  return result;
};

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'init') {
    site = { gazetteer: request.gazetteer, parties: request.parties, basemap: request.basemap };
    cache = null;
    return;
  }
  try {
    if (!site) throw new Error('no site data yet');
    const strict = build(request.articleId, request.files);
    let result: DraftBuildResult;
    if (strict.ok) {
      result = { issues: [], preview: { places: strict.places, zones: strict.zones, exact: true } };
    } else {
      // The preview follows the text even while the export has problems: stand-in metadata, and
      // no claims if the claims are what fails.
      let lenient = build(request.previewId, request.previewFiles);
      if (!lenient.ok) {
        lenient = build(request.previewId, Object.fromEntries(Object.entries(request.previewFiles).filter(([name]) => name !== 'claims.yaml')));
      }
      result = { issues: strict.issues, preview: lenient.ok ? { places: lenient.places, zones: lenient.zones, exact: false } : null };
    }
    scope.postMessage({ type: 'built', id: request.id, result });
  } catch (error) {
    scope.postMessage({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
