import type { FeatureCollection } from 'geojson';
import type { Issue } from '../core/errors.ts';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import type { Gazetteer, Party } from '../core/types.ts';

/** What the worker makes of a draft: the export's problems, and what the preview shows. */
export interface DraftBuildResult {
  /** Every problem `npm run geo` would report on the exported folder; empty when it would pass. */
  issues: Issue[];
  /**
   * The places and zones to preview: the export's own when it passes; otherwise those of the same
   * text with stand-ins for missing metadata (and without the claims, if they are what fails), so
   * the map follows the text from the first paste. Null when even that fails.
   */
  preview: { places: PlacesCollection; zones: FeatureCollection; exact: boolean } | null;
}

/** Page → worker. */
export type DraftBuilderRequest =
  | { type: 'init'; gazetteer: Gazetteer; parties: Party[]; basemap: FeatureCollection }
  | { type: 'build'; id: number; articleId: string; files: Record<string, string>; previewId: string; previewFiles: Record<string, string> };

/** Worker → page. */
export type DraftBuilderAnswer = { type: 'built'; id: number; result: DraftBuildResult } | { type: 'error'; id: number; message: string };

/** A build to ask for: the export's folder, and the stand-in folder for the preview. */
export interface DraftBuildJob {
  articleId: string;
  files: Record<string, string>;
  previewId: string;
  previewFiles: Record<string, string>;
}

/** The page's handle on the build worker. */
export interface DraftBuilder {
  /**
   * Builds a draft. Only the latest request counts: one asked for while another is still waiting
   * replaces it, and the replaced one resolves with null.
   */
  build(job: DraftBuildJob): Promise<DraftBuildResult | null>;
  terminate(): void;
}

type Settle = (result: DraftBuildResult | null, error?: Error) => void;

/** Starts the build worker (src/author/draft-worker.ts) with the site's data. */
export function createDraftBuilder(site: { gazetteer: Gazetteer; parties: Party[]; basemap: FeatureCollection }): DraftBuilder {
  const worker = new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage({ type: 'init', ...site } satisfies DraftBuilderRequest);
  let nextId = 1;
  let running: { id: number; settle: Settle } | null = null;
  let waiting: { job: DraftBuildJob; settle: Settle } | null = null;
  const start = (next: { job: DraftBuildJob; settle: Settle }): void => {
    const id = nextId++;
    running = { id, settle: next.settle };
    worker.postMessage({ type: 'build', id, ...next.job } satisfies DraftBuilderRequest);
  };
  worker.addEventListener('message', (event: MessageEvent<DraftBuilderAnswer>) => {
    const answer = event.data;
    if (!running || answer.id !== running.id) return;
    const { settle } = running;
    running = null;
    if (answer.type === 'built') settle(answer.result);
    else settle(null, new Error(`draft build: ${answer.message}`));
    if (waiting) {
      const next = waiting;
      waiting = null;
      start(next);
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const error = new Error(`draft build worker failed: ${event.message || 'it could not be loaded'}`);
    running?.settle(null, error);
    waiting?.settle(null, error);
    running = null;
    waiting = null;
  });
  return {
    build(job) {
      return new Promise((resolve, reject) => {
        const settle: Settle = (r, e) => (e ? reject(e) : resolve(r));
        waiting?.settle(null);
        waiting = { job, settle };
        if (!running) {
          const next = waiting;
          waiting = null;
          start(next);
        }
      });
    },
    terminate() {
      worker.terminate();
      running?.settle(null);
      waiting?.settle(null);
      running = null;
      waiting = null;
    },
  };
}
