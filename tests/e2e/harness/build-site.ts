import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Builds the site with the project's vite.config.ts from another content folder (through
 * `CM_CONTENT_DIR`, restored afterwards), for tests that need a site with other articles or
 * settings than `content/`.
 *
 * @param contentDir - absolute path of the content folder
 * @param outDir - absolute path of the build's output folder (emptied first)
 */
export async function buildSiteFrom(contentDir: string, outDir: string): Promise<void> {
  const previous = process.env.CM_CONTENT_DIR;
  process.env.CM_CONTENT_DIR = contentDir;
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true, sourcemap: false } });
  } finally {
    if (previous === undefined) delete process.env.CM_CONTENT_DIR;
    else process.env.CM_CONTENT_DIR = previous;
  }
}
