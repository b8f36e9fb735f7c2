import type { FeatureCollection } from 'geojson';
import type { Gazetteer, Party } from '../core/types.ts';
import type { DraftBuild } from './build-draft.ts';

/** A build's outcome as the worker sends it. */
export type DraftBuildResult = DraftBuild extends infer B ? (B extends unknown ? Omit<B, 'cache'> : never) : never;

/** Page → worker. */
export type DraftBuilderRequest =
  | { type: 'init'; gazetteer: Gazetteer; parties: Party[]; basemap: FeatureCollection }
  | { type: 'build'; id: number; articleId: string; files: Record<string, string> };

/** Worker → page. */
export type DraftBuilderAnswer = { type: 'built'; id: number; result: DraftBuildResult } | { type: 'error'; id: number; message: string };

/** The page's handle on the build worker. */
export interface DraftBuilder {
  /**
   * Builds an article folder. Only the latest request counts: one asked for while another is
   * still waiting replaces it, and the replaced one resolves with null.
   */
  build(articleId: string, files: Record<string, string>): Promise<DraftBuildResult | null>;
  terminate(): void;
}

/** Starts the build worker (src/author/draft-worker.ts) with the site's data. */
export function createDraftBuilder(site: { gazetteer: Gazetteer; parties: Party[]; basemap: FeatureCollection }): DraftBuilder {
  const worker = new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage({ type: 'init', ...site } satisfies DraftBuilderRequest);
  let nextId = 1;
  let running: { id: number; settle: (r: DraftBuildResult | null, e?: Error) => void } | null = null;
  let waiting: { articleId: string; files: Record<string, string>; settle: (r: DraftBuildResult | null, e?: Error) => void } | null = null;
  const start = (job: NonNullable<typeof waiting>): void => {
    const id = nextId++;
    running = { id, settle: job.settle };
    worker.postMessage({ type: 'build', id, articleId: job.articleId, files: job.files } satisfies DraftBuilderRequest);
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
    build(articleId, files) {
      return new Promise((resolve, reject) => {
        const settle = (r: DraftBuildResult | null, e?: Error): void => (e ? reject(e) : resolve(r));
        waiting?.settle(null);
        waiting = { articleId, files, settle };
        if (!running) {
          const job = waiting;
          waiting = null;
          start(job);
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
