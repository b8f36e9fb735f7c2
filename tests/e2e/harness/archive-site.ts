/**
 * The archive page's test site: the project's site plus `archive.html` and the synthetic claims.
 * tests/e2e/archive.test.ts drives it; `npm run bench:scale` (bench/scale.ts) times it.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';

/** Where the site serves the synthetic claims (emitted by the content plugin). */
export const SYNTHETIC_CLAIMS_FILE = 'data/synthetic-claims.json';

/**
 * Builds a copy of the site with the project's vite.config.ts (whose content plugin emits the
 * synthetic claims) and only `archive.html` as input, into `outDir`. Returns the build time, ms.
 */
export async function buildArchiveSite(root: string, outDir: string): Promise<number> {
  const t0 = performance.now();
  // The seed site, whatever the shell says; and a production build even under Vitest, which sets
  // NODE_ENV=test (Vite takes a set NODE_ENV over the mode).
  const saved = { content: process.env.CM_CONTENT_DIR, nodeEnv: process.env.NODE_ENV };
  delete process.env.CM_CONTENT_DIR;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        chunkSizeWarningLimit: 5000,
        // No timing report: the bench prints its own numbers, and the tests' logs stay readable.
        rollupOptions: { input: { archive: join(root, 'archive.html') }, checks: { bundlerTimings: false } },
      },
    });
  } finally {
    for (const [key, value] of [['CM_CONTENT_DIR', saved.content], ['NODE_ENV', saved.nodeEnv]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return performance.now() - t0;
}
