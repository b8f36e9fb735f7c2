import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contentPlugin } from './src/cli/vite-plugin-content.ts';
import { schemaValidatorsPlugin } from './src/cli/vite-plugin-schema-validators.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// CM_CONTENT_DIR (relative to the root, or absolute) builds the site from another content folder;
// the browser tests use it for a site with several articles.
const contentDir = process.env.CM_CONTENT_DIR;

// Scripts other sites load by a stable name: the web component and the iframe loader.
const STABLE_NAMES = new Set(['conflict-map', 'embed-loader']);

// The page's code up to its first click (src/main.ts's static imports), bundled as one chunk; the
// MapLibre renderer stays a lazy chunk of its own.
const PAGE_CODE = /\/src\/(ui|core|render)\/|\/src\/map\/(svg-renderer|progressive-renderer|renderer|style|hatch-pattern)\.ts|\/src\/embed\/embed-snippets\.ts|\/node_modules\/d3-[a-z]+\/|preload-helper|modulepreload-polyfill/;

// The authoring page (author.html) imports much of the core the other pages never load (the
// pipeline's loaders, the zones): only modules the other pages reach may go into their shared
// page chunk, so what they load stays what it was.
const AUTHOR_HTML = at('author.html');
const reachedByOtherPages = new Set<string>();
const reachPlugin: Plugin = {
  name: 'cm-reached-by-other-pages',
  apply: 'build',
  buildEnd() {
    reachedByOtherPages.clear();
    const stack = [...this.getModuleIds()].filter((id) => id !== AUTHOR_HTML && this.getModuleInfo(id)?.isEntry);
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (reachedByOtherPages.has(id)) continue;
      reachedByOtherPages.add(id);
      const info = this.getModuleInfo(id);
      if (info) stack.push(...info.importedIds, ...info.dynamicallyImportedIds);
    }
  },
};

// Relative base: the built site works from any static host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [schemaValidatorsPlugin(root), contentPlugin(root, contentDir ? { contentDir } : {}), reachPlugin],
  // The authoring page's workers run the pipeline's loaders too (see schemaValidatorsPlugin).
  worker: { plugins: () => [schemaValidatorsPlugin(root)] },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: {
        index: at('index.html'),
        embed: at('embed.html'),
        archive: at('archive.html'),
        author: AUTHOR_HTML,
        'conflict-map': at('src/embed/conflict-map-element.ts'),
        'embed-loader': at('src/embed/loader.ts'),
      },
      output: {
        entryFileNames: (chunk) => (STABLE_NAMES.has(chunk.name) ? '[name].js' : 'assets/[name]-[hash].js'),
        // The full page's own code in one chunk: on HTTP/1.1 (six connections per host) each extra
        // file on the way to the first click costs a round of requests.
        codeSplitting: {
          groups: [{ name: 'page', test: (id) => !id.endsWith('.css') && PAGE_CODE.test(id) && (reachedByOtherPages.size === 0 || reachedByOtherPages.has(id)) }],
        },
      },
    },
  },
});
