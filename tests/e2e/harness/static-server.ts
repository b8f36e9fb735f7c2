// A small static file server for the end-to-end tests: node:http only, so the tests serve the
// built site the way a static host would (real MIME types, real 404s, optional headers) without a
// new dependency. Every request is recorded in a shared log so a test can assert, for example,
// that loading the page caused no 404.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** MIME type per file extension (lower case, with the dot). */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm',
};

/** Types that are text and so get `; charset=utf-8` (the page and its data are UTF-8 Arabic). */
const TEXT_TYPES = new Set([
  'application/json',
  'application/geo+json',
  'application/manifest+json',
  'application/xml',
  'image/svg+xml',
]);

/**
 * The `Content-Type` header a static host should send for a file.
 *
 * @param filePath - a file name or path; only its extension matters.
 * @returns e.g. `text/html; charset=utf-8`, `application/geo+json; charset=utf-8`, `font/woff2`;
 *   `application/octet-stream` for unknown extensions.
 */
export function contentTypeFor(filePath: string): string {
  const type = MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  return type.startsWith('text/') || TEXT_TYPES.has(type) ? `${type}; charset=utf-8` : type;
}

/** One request a test server answered. */
export interface LoggedRequest {
  /** Increasing from 1 across all servers sharing the log, so a test can ask for "everything since". */
  seq: number;
  /** Which server answered (`site`, `csp`, `subpath`, `host`). */
  server: string;
  method: string;
  /** The raw request target: path and query as the client sent it. */
  path: string;
  status: number;
}

/** A request log shared by several servers; append-only so concurrent readers never race. */
export interface RequestLog {
  readonly entries: LoggedRequest[];
}

/** Creates an empty request log. */
export function createRequestLog(): RequestLog {
  return { entries: [] };
}

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /** Name recorded in the log for this server. */
  name: string;
  /** Folder served; if it does not exist every file is a 404 (the server still starts). */
  root: string;
  /**
   * URL path prefix the root is served under, starting and ending with `/`; requests outside it are
   * 404, so a page that wrongly loads `/assets/…` from a sub-path deployment fails visibly.
   * @defaultValue `'/'`
   */
  prefix?: string;
  /** Headers added to every response (for example a Content-Security-Policy). */
  headers?: Readonly<Record<string, string>>;
  /** Shared log that every answered request is appended to. */
  log: RequestLog;
  /** Serve the log as JSON at `/__requests` (`?since=N` returns entries with `seq > N`). */
  serveLog?: boolean;
  /** Rewrites HTML files before they are sent (for example to fill in other servers' URLs). */
  transformHtml?: (html: string) => string;
}

/** A started server. */
export interface StaticServer {
  /** Origin plus prefix, with a trailing slash, e.g. `http://127.0.0.1:40123/sub/path/`. */
  url: string;
  /** The origin alone, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Stops listening and drops kept-alive connections (Chromium keeps them open). */
  close: () => Promise<void>;
}

/**
 * Starts a static file server on 127.0.0.1 with an ephemeral port.
 *
 * Answers GET and HEAD; `/dir/` serves `dir/index.html`, `/dir` redirects to `/dir/` (as static
 * hosts do, so relative URLs resolve); paths that escape the root, even through symlinks or encoded
 * `..`, are 403; missing files are 404.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const prefix = options.prefix ?? '/';
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) {
    throw new Error(`startStaticServer: prefix must start and end with "/", got "${prefix}"`);
  }
  const root = resolve(options.root);

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, req, 500, 'text/plain; charset=utf-8', `500: ${String(error)}\n`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? '/';
    const pathname = target.split('?')[0] ?? '/';

    if (options.serveLog && pathname === '/__requests') {
      // Not logged itself, so reading the log does not change it.
      const since = Number(new URL(target, 'http://x').searchParams.get('since') ?? 0);
      const entries = options.log.entries.filter((entry) => entry.seq > since);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ requests: entries }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, req, 405, 'text/plain; charset=utf-8', '405: only GET and HEAD\n', { Allow: 'GET, HEAD' });
      return;
    }
    if (pathname === prefix.slice(0, -1) && prefix !== '/') {
      send(res, req, 301, 'text/plain; charset=utf-8', '', { Location: prefix });
      return;
    }
    if (!pathname.startsWith(prefix)) {
      send(res, req, 404, 'text/plain; charset=utf-8', `404: ${pathname} is outside ${prefix}\n`);
      return;
    }

    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      send(res, req, 400, 'text/plain; charset=utf-8', '400: malformed percent-encoding\n');
      return;
    }
    const filePath = resolve(root, `.${sep}${relative}`);
    if (relative.includes('\0') || !isInside(root, filePath)) {
      send(res, req, 403, 'text/plain; charset=utf-8', '403: path escapes the served folder\n');
      return;
    }

    const found = await findFile(root, filePath, pathname.endsWith('/'));
    if (found.kind === 'directory-without-slash') {
      send(res, req, 301, 'text/plain; charset=utf-8', '', { Location: `${pathname}/` });
      return;
    }
    if (found.kind === 'outside') {
      send(res, req, 403, 'text/plain; charset=utf-8', '403: path escapes the served folder\n');
      return;
    }
    if (found.kind === 'missing') {
      send(res, req, 404, 'text/plain; charset=utf-8', `404: ${pathname} not found\n`);
      return;
    }

    const type = contentTypeFor(found.path);
    let body: Buffer | string = await readFile(found.path);
    if (options.transformHtml && type.startsWith('text/html')) {
      body = options.transformHtml(body.toString('utf8'));
    }
    send(res, req, 200, type, body);
  }

  function send(
    res: ServerResponse,
    req: IncomingMessage,
    status: number,
    type: string,
    body: Buffer | string,
    headers: Readonly<Record<string, string>> = {},
  ): void {
    options.log.entries.push({
      seq: options.log.entries.length + 1,
      server: options.name,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      status,
    });
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      // The tests always want the current build, and nosniff makes a wrong MIME type an error.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...options.headers,
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: `${origin}${prefix}`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root + sep);
}

type FoundFile =
  | { kind: 'file'; path: string }
  | { kind: 'missing' }
  | { kind: 'outside' }
  | { kind: 'directory-without-slash' };

/** Resolves a request to a file, following `index.html` for folders and refusing symlink escapes. */
async function findFile(root: string, filePath: string, endsWithSlash: boolean): Promise<FoundFile> {
  let candidate = filePath;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      candidate = resolve(candidate, 'index.html');
      await stat(candidate);
      if (!endsWithSlash) return { kind: 'directory-without-slash' };
    } else if (endsWithSlash) {
      return { kind: 'missing' };
    }
    const [realRoot, realCandidate] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, realCandidate)) return { kind: 'outside' };
    return { kind: 'file', path: candidate };
  } catch {
    return { kind: 'missing' };
  }
}
