import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/cli/vite-plugin-content.ts';

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

// Relative base: the built site works from any static host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [contentPlugin(root, contentDir ? { contentDir } : {})],
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
        'conflict-map': at('src/embed/conflict-map-element.ts'),
        'embed-loader': at('src/embed/loader.ts'),
      },
      output: {
        entryFileNames: (chunk) => (STABLE_NAMES.has(chunk.name) ? '[name].js' : 'assets/[name]-[hash].js'),
        // The full page's own code in one chunk: on HTTP/1.1 (six connections per host) each extra
        // file on the way to the first click costs a round of requests.
        codeSplitting: {
          groups: [{ name: 'page', test: (id) => !id.endsWith('.css') && PAGE_CODE.test(id) }],
        },
      },
    },
  },
});
