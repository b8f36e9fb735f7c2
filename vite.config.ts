import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/cli/vite-plugin-content.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// Relative base: the built site works from any static host and any sub-path.
export default defineConfig({
  base: './',
  plugins: [contentPlugin(root)],
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
