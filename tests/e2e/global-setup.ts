// Global setup of the `e2e` project: builds the site once, then serves it the ways the tests need.
//
// Servers (all on 127.0.0.1, ephemeral ports, so each is its own origin):
//   baseUrl     `/` → dist/, plain. Also answers `/__requests` (the request log, JSON).
//   cspUrl      `/` → dist/, every response with the strict Content-Security-Policy of
//               harness/csp.ts (its own server rather than a `/csp/` prefix, so that the worker,
//               fonts and data the page loads get the header too, wherever their URLs point).
//   subPathUrl  `/sub/path/` → dist/; everything outside the sub-path is 404, so a build that
//               loads `/assets/…` from the origin's root fails instead of passing by accident.
//   hostUrl     `/` → tests/e2e/host-pages/ (pages that embed the map, on a different origin).
//               In their .html files `{{baseUrl}}`, `{{cspUrl}}`, `{{subPathUrl}}` and
//               `{{hostUrl}}` are replaced by the URLs above. The folder may be missing: 404s.
// Tests read the URLs with `inject('baseUrl')` etc. from 'vitest'.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildStrictCsp } from './harness/csp.ts';
import { createRequestLog, startStaticServer, type StaticServer } from './harness/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site at the root of its origin, with a trailing slash. */
    baseUrl: string;
    /** The same site on another origin, every response with the strict CSP `strictCsp`. */
    cspUrl: string;
    /** The same site under `/sub/path/` on another origin, with a trailing slash. */
    subPathUrl: string;
    /** tests/e2e/host-pages/ on another origin, with a trailing slash. */
    hostUrl: string;
    /** GET for the log of every request any test server answered; see harness/request-log.ts. */
    requestLogUrl: string;
    /** The Content-Security-Policy header the `cspUrl` server sends. */
    strictCsp: string;
    /** Absolute path of the served build. */
    distDir: string;
  }
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const hostPagesDir = fileURLToPath(new URL('./host-pages/', import.meta.url));

/** Sub-path the `subPathUrl` server serves the site under. */
const SUB_PATH = '/sub/path/';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildSiteOnce();

  const log = createRequestLog();
  const urls = { baseUrl: '', cspUrl: '', subPathUrl: '', hostUrl: '' };
  const servers: StaticServer[] = [];
  try {
    // The host server starts first: its origin goes into the CSP's frame-ancestors.
    const host = await startStaticServer({
      name: 'host',
      root: hostPagesDir,
      log,
      transformHtml: (html) => html.replace(/\{\{(baseUrl|cspUrl|subPathUrl|hostUrl)\}\}/g, (_, key: keyof typeof urls) => urls[key]),
    });
    servers.push(host);
    const strictCsp = buildStrictCsp([host.origin]);
    // CORS on the plain site: the web component is loaded as a module from the host origin.
    const site = await startStaticServer({ name: 'site', root: distDir, log, serveLog: true, headers: { 'Access-Control-Allow-Origin': '*' } });
    servers.push(site);
    const csp = await startStaticServer({
      name: 'csp',
      root: distDir,
      log,
      headers: { 'Content-Security-Policy': strictCsp },
    });
    servers.push(csp);
    const subPath = await startStaticServer({ name: 'subpath', root: distDir, prefix: SUB_PATH, log });
    servers.push(subPath);

    Object.assign(urls, { baseUrl: site.url, cspUrl: csp.url, subPathUrl: subPath.url, hostUrl: host.url });
    project.provide('baseUrl', site.url);
    project.provide('cspUrl', csp.url);
    project.provide('subPathUrl', subPath.url);
    project.provide('hostUrl', host.url);
    project.provide('requestLogUrl', `${site.url}__requests`);
    project.provide('strictCsp', strictCsp);
    project.provide('distDir', distDir);
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    throw error;
  }

  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}

/**
 * Builds the site into dist/ with the project's vite.config.ts, unless `E2E_SKIP_BUILD=1` and a
 * build is already there (for fast reruns while writing tests; CI always builds).
 */
async function buildSiteOnce(): Promise<void> {
  const hasBuild = existsSync(`${distDir}index.html`);
  if (process.env.E2E_SKIP_BUILD === '1' && hasBuild) return;

  // Vitest sets NODE_ENV=test, and Vite takes a set NODE_ENV over the build's mode: without this
  // the tests would run a development build (import.meta.env.PROD false) unlike `npm run build`.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: repoRoot,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: distDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error(`e2e global setup: vite build finished but ${distDir}index.html is missing`);
  }
}
