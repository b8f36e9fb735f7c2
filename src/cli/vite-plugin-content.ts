import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { ValidationError, formatIssue } from '../core/errors.ts';
import type { SiteIndex } from '../core/site-index.ts';
import { ATTRIBUTIONS } from '../map/style.ts';
import { PAGE_DATA_ID, serializeJsonForHtml } from '../render/inline-json.ts';
import { escapeAttribute, escapeText } from '../render/escape.ts';
import { buildSyntheticClaims } from '../archive/synthetic-claims.ts';
import { skeletonTimelineHtml, skeletonToolsHtml } from '../ui/skeleton.ts';
import { projectPaths, runPipeline, type PipelineRun } from './project.ts';
import { writeFileAtomic } from './write-atomic.ts';
import { saveArticleFolder } from './save-article.ts';

/** The dev server's "Save to content/" endpoint for the authoring page, relative to the base. */
export const SAVE_ENDPOINT = '__cm/author/save';

/** Largest request body the save endpoint reads, bytes. */
const SAVE_MAX_BYTES = 8 * 1024 * 1024;

/** Where the page finds its data, relative to the page: `data/…`. */
export const DATA_DIR = 'data';

/**
 * The web font files a stylesheet's `@font-face` rules load from the public directory
 * (`url('/fonts/….woff2')`), as paths relative to the page: `fonts/….woff2`, in order, once each.
 */
export function publicFontFiles(css: string): string[] {
  return [...new Set([...css.matchAll(/url\(\s*(['"]?)\/(fonts\/[^'")\s]+\.woff2)\1\s*\)/g)].map((m) => m[2] as string))];
}

/** The stylesheet that declares the page's web fonts, relative to the project root. */
const FONTS_CSS = 'src/ui/fonts.css';

/** Files the page loads besides the pipeline's output. */
const STATIC_DATA: Record<string, string> = { 'basemap.geojson': 'geo/basemap.geojson' };

/**
 * Vite plugin that runs the content pipeline: in dev it serves the page's data from memory,
 * re-runs on every change to content/ or the gazetteer, rewrites geo/<article>.geojson and shows
 * pipeline errors in Vite's overlay; in a build it emits the data files next to the page and
 * fails the build on invalid content.
 */
export function contentPlugin(root: string, options: { contentDir?: string } = {}): Plugin {
  const paths = projectPaths(root, options.contentDir ? { content: options.contentDir } : {});
  let run: PipelineRun | null = null;
  let error: ValidationError | null = null;
  // Generated once per pipeline run (about 0.2 s); files() runs on every dev request.
  let syntheticClaims: string | null = null;

  const rerun = (server?: ViteDevServer): void => {
    try {
      run = runPipeline(paths);
      syntheticClaims = null;
      error = null;
      if (server) for (const [path, content] of run.geojson) writeFileAtomic(join(root, path), content);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      error = e;
    }
  };
  const files = (): Map<string, string> => {
    const out = new Map<string, string>();
    if (!run) return out;
    for (const [path, content] of run.pageData) out.set(`${DATA_DIR}/${path}`, content);
    for (const [path, content] of run.geojson) out.set(`${DATA_DIR}/geo/${path.split('/').pop()}`, content);
    for (const [name, source] of Object.entries(STATIC_DATA)) out.set(`${DATA_DIR}/${name}`, readFileSync(join(root, source), 'utf8'));
    // The parties, for the authoring page's claims and legend (unless the pipeline writes them).
    if (!out.has(`${DATA_DIR}/parties.json`)) out.set(`${DATA_DIR}/parties.json`, `${JSON.stringify({ parties: run.parties })}\n`);
    // The archive page's SYNTHETIC claims, generated from the gazetteer (seeded, deterministic).
    syntheticClaims ??= buildSyntheticClaims(run.gazetteer, { labels: run.parties });
    out.set(`${DATA_DIR}/synthetic-claims.json`, syntheticClaims);
    return out;
  };
  const overlay = (server: ViteDevServer): void => {
    if (!error) return;
    server.ws.send({ type: 'error', err: { message: `Content pipeline:\n${error.issues.map(formatIssue).join('\n')}`, stack: '' } });
  };

  return {
    name: 'cm-content',
    configureServer(server) {
      rerun(server);
      const watched = [join(root, paths.content), join(root, paths.gazetteer), join(root, paths.osmGazetteer)];
      server.watcher.add(watched);
      const onChange = (file: string): void => {
        if (!watched.some((w) => file.startsWith(w))) return;
        rerun(server);
        if (error) {
          server.config.logger.error(error.issues.map(formatIssue).join('\n'));
          overlay(server);
        } else {
          server.config.logger.info(`content: rebuilt ${run?.geojson.size ?? 0} article(s)`);
          server.ws.send({ type: 'full-reload' });
        }
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      server.ws.on('connection', () => overlay(server));
      // "Save to content/" (author.html under npm start): same-origin JSON POSTs only, so another
      // site open in the browser cannot write into content/.
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== `${server.config.base}${SAVE_ENDPOINT}`) return next();
        const answer = (status: number, body: unknown): void => {
          res.statusCode = status;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(body));
        };
        const origin = req.headers.origin;
        if (req.method !== 'POST') return answer(405, { ok: false, problems: ['only POST'] });
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return answer(415, { ok: false, problems: ['expected Content-Type: application/json'] });
        if (origin !== undefined && origin !== `http://${req.headers.host}`) return answer(403, { ok: false, problems: [`origin ${origin} may not save`] });
        const chunks: Buffer[] = [];
        let size = 0;
        req.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= SAVE_MAX_BYTES) chunks.push(chunk);
        });
        req.on('end', () => {
          if (size > SAVE_MAX_BYTES) return answer(413, { ok: false, problems: [`request larger than ${SAVE_MAX_BYTES} bytes`] });
          let body: unknown;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            return answer(400, { ok: false, problems: ['request: not valid JSON'] });
          }
          try {
            const result = saveArticleFolder(paths, body);
            if (result.ok) server.config.logger.info(`author: saved ${result.written.join(', ')}`);
            answer(result.ok ? 200 : 422, result);
          } catch (error) {
            answer(500, { ok: false, problems: [error instanceof Error ? error.message : String(error)] });
          }
        });
      });
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const prefix = `${server.config.base}${DATA_DIR}/`;
        if (!url.startsWith(prefix)) return next();
        if (error) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(error.issues.map(formatIssue).join('\n'));
          return;
        }
        const content = files().get(`${DATA_DIR}/${url.slice(prefix.length)}`);
        if (content === undefined) return next();
        res.setHeader('Content-Type', url.endsWith('.geojson') ? 'application/geo+json; charset=utf-8' : url.endsWith('.svg') ? 'image/svg+xml; charset=utf-8' : url.includes('/oembed/') ? 'application/json+oembed; charset=utf-8' : 'application/json; charset=utf-8');
        res.end(content);
      });
    },
    transformIndexHtml(html, ctx) {
      if (ctx.filename.endsWith('archive.html') || ctx.filename.endsWith('author.html')) return html; // they load their own data
      // oEmbed discovery for CMSs: both the full page and the embed page link the default
      // article's oEmbed response.
      const index = run?.pageData.get('articles.json');
      if (!index) return html;
      const parsed = JSON.parse(index) as SiteIndex;
      const id = parsed.default_article;
      const entry = parsed.articles.find((a) => a.id === id);
      const title = entry ? (entry.titles[entry.language] ?? id) : id;
      // The full page paints the default article's static map straight from the HTML, and carries
      // the article's data (see InlinePageData in src/ui/data.ts).
      const isIndex = ctx.filename.endsWith('index.html');
      if (isIndex) {
        const svg = run?.pageData.get(`svg/${id}.svg`) ?? '';
        const article = run?.pageData.get(`articles/${id}.json`);
        const places = [...(run?.geojson ?? [])].find(([path]) => path.split('/').pop() === `${id}.geojson`)?.[1];
        const pageData = article && places ? serializeJsonForHtml({ index: JSON.parse(index), article: JSON.parse(article), places: JSON.parse(places) }) : null;
        html = html
          .replace('<!--cm-static-map-->', `<div class="cm-static-map cm-static-map--progressive" data-lang="ar">${svg.trim()}</div>`)
          .replace('<!--cm-title-->', escapeText(title))
          .replace('<!--cm-header-tools-->', skeletonToolsHtml('ar', parsed.articles))
          .replace('<!--cm-timeline-->', skeletonTimelineHtml(parsed.report_dates.length))
          // The credits as the page writes them (src/ui/app.ts, renderFooter).
          .replace('<!--cm-footer-->', `<p lang="en" dir="ltr">${ATTRIBUTIONS.map((a) => `<a href="${escapeAttribute(a.url)}" rel="noopener noreferrer">${escapeText(a.text)}</a> (${escapeText(a.licence)})`).join(' · ')}</p>`)
          .replace('<!--cm-page-data-->', pageData ? `<script type="application/json" id="${PAGE_DATA_ID}">${pageData}</script>` : '');
      }
      const image = `${parsed.site_url ?? ''}${DATA_DIR}/svg/${id}.svg`;
      const social = [
        { tag: 'meta', attrs: { property: 'og:title', content: title }, injectTo: 'head' as const },
        { tag: 'meta', attrs: { property: 'og:type', content: 'article' }, injectTo: 'head' as const },
        { tag: 'meta', attrs: { property: 'og:image', content: image }, injectTo: 'head' as const },
        { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/svg+xml' }, injectTo: 'head' as const },
      ];
      // The embed page preloads the default article's data, so it arrives with the scripts instead
      // of after them; the full page has it inline.
      // With a timeline, both pages need every claim (data/geo/claims.geojson) before they can show
      // control as of a date: it starts downloading with the scripts.
      const timeline = parsed.report_dates.length >= 2 ? ['geo/claims.geojson'] : [];
      const preload = [...(isIndex ? [] : ['articles.json', `articles/${id}.json`, `geo/${id}.geojson`]), ...timeline].map((path) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `${DATA_DIR}/${path}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
      // Both pages lay out Arabic text in their first frame. With the fonts already there, that
      // layout uses them; otherwise Chromium on Linux asks the browser process (fontconfig) for
      // fallback fonts, size by size and script by script: some 100 blocking calls and 40–100 ms
      // of a cold first layout here, before the page's script can run. (A preload's `crossorigin`
      // must match the font request's CORS mode, or the font is fetched twice.)
      const fonts = publicFontFiles(readFileSync(join(root, FONTS_CSS), 'utf8')).map((path) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: path, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      }));
      return {
        html,
        tags: [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/json+oembed', href: `${DATA_DIR}/oembed/${id}.json`, title: id }, injectTo: 'head' }, ...fonts, ...preload, ...social],
      };
    },
    buildStart() {
      rerun();
      if (error) this.error(`Content pipeline:\n${error.issues.map(formatIssue).join('\n')}`);
    },
    generateBundle() {
      for (const [fileName, source] of files()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
