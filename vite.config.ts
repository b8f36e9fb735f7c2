import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/cli/vite-plugin-content.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// CM_CONTENT_DIR (relative to the root) builds the site from another content folder; the
// browser tests use it for a site with several articles.
const contentDir = process.env.CM_CONTENT_DIR;

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
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)) },
    },
  },
});
