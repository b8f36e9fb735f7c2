// Headless Debian Chromium driven by playwright-core, set up so that a test sees everything that
// went wrong on the page (console errors, uncaught exceptions, failed requests) and so that the
// page can never reach the internet: the tests must prove the map works with no network.
import { access, mkdir } from 'node:fs/promises';
import { constants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser. */
export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

/**
 * Flags every test browser gets. The first five keep Chromium from dialling Google at start-up
 * (refused on this closed network, noisily); the resolver rule is a second wall behind the
 * request routing of {@link newPage}: no host name other than localhost resolves.
 */
export const BASE_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * Software WebGL for MapLibre: ANGLE on SwiftShader (Vulkan), with WebGL on SwiftShader allowed
 * explicitly, since Chromium otherwise refuses it ("unsafe") once no GPU is found. Verified with
 * Debian Chromium 156: WebGL 1 and 2 contexts, unmasked renderer
 * `ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)`.
 * No `--disable-gpu`: the GPU process is what runs SwiftShader.
 */
export const WEBGL_CHROMIUM_ARGS: readonly string[] = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Flags that take WebGL away, to test the page's no-WebGL fallback. */
export const NO_WEBGL_CHROMIUM_ARGS: readonly string[] = ['--disable-webgl', '--disable-3d-apis'];

/** Options of {@link launchBrowser}. */
export interface LaunchBrowserOptions {
  /** Give pages software WebGL (`true`) or none at all (`false`). @defaultValue `true` */
  webgl?: boolean;
  /** Extra Chromium flags, appended last. @defaultValue `[]` */
  args?: readonly string[];
  /** Browser executable. @defaultValue `process.env.CHROME_PATH ?? '/usr/bin/chromium'` */
  executablePath?: string;
}

/**
 * Launches headless Chromium.
 *
 * @throws Error if the executable is missing, saying how to install it.
 */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? process.env.CHROME_PATH ?? DEFAULT_CHROME_PATH;
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${executablePath}; install it with \`apt-get install -y chromium\` or set CHROME_PATH.`,
    );
  }
  const webgl = options.webgl ?? true;
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...BASE_CHROMIUM_ARGS, ...(webgl ? WEBGL_CHROMIUM_ARGS : NO_WEBGL_CHROMIUM_ARGS), ...(options.args ?? [])],
  });
}

/** Options of {@link newPage}. */
export interface NewPageOptions {
  /** CSS pixels. @defaultValue `{ width: 1280, height: 800 }` */
  viewport?: { width: number; height: number };
  /** Browser locale, e.g. `'ar'`. @defaultValue Chromium's (`en-US`) */
  locale?: string;
  /** @defaultValue `true` */
  javaScriptEnabled?: boolean;
  /** Fixed so that dates on the page are the same on every machine. @defaultValue `'UTC'` */
  timezoneId?: string;
  /** @defaultValue `1` */
  deviceScaleFactor?: number;
  /** @defaultValue `'no-preference'` */
  reducedMotion?: 'reduce' | 'no-preference';
  /** A touch screen (a phone): `tap()` works, and the page sees touch events. @defaultValue `false` */
  hasTouch?: boolean;
}

/** A page and what it reported while a test used it. Arrays fill as events arrive. */
export interface HarnessPage {
  page: Page;
  context: BrowserContext;
  /** URLs of requests to hosts other than 127.0.0.1/localhost: aborted, never sent. */
  externalRequests: string[];
  /** Text of `console.error` messages (and Chromium's own, e.g. "Failed to load resource"). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections, as `Name: message`. */
  pageErrors: string[];
  /** Local requests that failed at the network level, as `METHOD url: error` (not the blocked ones). */
  failedRequests: string[];
  /** Local responses with status 400 or more, as `STATUS url`. */
  httpErrors: string[];
  /** Closes the page's context (and so the page). */
  close: () => Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Whether a URL may leave the page: only http(s) to this machine, plus in-page data:/blob:. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol) && LOCAL_HOSTS.has(parsed.hostname);
}

/**
 * Opens a page in a fresh context that blocks and records every request leaving this machine, and
 * collects console errors, uncaught exceptions and failed requests.
 *
 * Blocking is done on the context, so it covers requests from the page, its iframes and its
 * dedicated workers (MapLibre fetches data from a worker); service workers are blocked outright
 * so they cannot fetch around it.
 */
export async function newPage(browser: Browser, options: NewPageOptions = {}): Promise<HarnessPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    timezoneId: options.timezoneId ?? 'UTC',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
    serviceWorkers: 'block',
  });
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const httpErrors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) {
      await route.continue();
    } else {
      externalRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  await context.routeWebSocket(
    (url) => !isLocalUrl(url.href),
    async (socket) => {
      externalRequests.push(socket.url());
      await socket.close({ code: 1008, reason: 'blocked by the e2e harness: no network' });
    },
  );

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!isLocalUrl(request.url())) return; // already in externalRequests
    failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) httpErrors.push(`${response.status()} ${response.url()}`);
  });

  return {
    page,
    context,
    externalRequests,
    consoleErrors,
    pageErrors,
    failedRequests,
    httpErrors,
    close: () => context.close(),
  };
}

/** The page's places are drawn by MapLibre (the static map has given way to WebGL). */
export const WEBGL_READY = 'body[data-map-ready][data-renderer="webgl"]';

/**
 * Waits until the page says every place is drawn: `data-map-ready` on `<body>`.
 *
 * Given a {@link HarnessPage}, a timeout's error also lists what the page reported, which is
 * usually why it never got ready.
 *
 * @param timeoutMs - ms. @defaultValue `60000`
 */
export async function waitForMapReady(target: Page | HarnessPage, timeoutMs = 60_000, selector = 'body[data-map-ready]'): Promise<void> {
  const page = 'page' in target ? target.page : target;
  try {
    await page.waitForSelector(selector, { state: 'attached', timeout: timeoutMs });
  } catch (error) {
    if (!('page' in target)) throw error;
    const sections: Array<[string, string[]]> = [
      ['page errors', target.pageErrors],
      ['console errors', target.consoleErrors],
      ['failed requests', target.failedRequests],
      ['HTTP errors', target.httpErrors],
      ['blocked external requests', target.externalRequests],
    ];
    const report = sections
      .filter(([, list]) => list.length > 0)
      .map(([label, list]) => `${label}:\n  ${list.join('\n  ')}`)
      .join('\n');
    throw new Error(`map not ready after ${timeoutMs} ms (${page.url()})${report ? `\n${report}` : ''}`, {
      cause: error,
    });
  }
}

/** Folder screenshots go to (git-ignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/**
 * Saves a PNG of the viewport as `test-results/screenshots/<name>.png`.
 *
 * @param name - file name without extension; characters other than letters, digits, `.`, `_`
 *   and `-` become `-`.
 * @returns the absolute path written.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name.replace(/[^\w.-]+/g, '-')}.png`;
  await page.screenshot({ path });
  return path;
}

/** What {@link probeWebGL} found. */
export interface WebGLProbe {
  /** WebGL version of the context obtained: 2, 1, or 0 for none. */
  version: 0 | 1 | 2;
  /** `gl.RENDERER` (Chromium always masks it as `WebKit WebGL`), or `null` without WebGL. */
  renderer: string | null;
  /** The real renderer from `WEBGL_debug_renderer_info`, or `null`. */
  unmaskedRenderer: string | null;
  /** Whether a clear to red reads back as red: the context really draws. */
  draws: boolean;
}

/** Asks the page for a WebGL context (2, else 1) and checks that it draws. */
export async function probeWebGL(page: Page): Promise<WebGLProbe> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 4;
    canvas.height = 4;
    const gl2 = canvas.getContext('webgl2');
    const gl = gl2 ?? canvas.getContext('webgl');
    if (!gl) return { version: 0 as const, renderer: null, unmaskedRenderer: null, draws: false };
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    gl.clearColor(1, 0, 0, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    const pixel = new Uint8Array(4);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    return {
      version: gl2 ? (2 as const) : (1 as const),
      renderer: String(gl.getParameter(gl.RENDERER)),
      unmaskedRenderer: debug ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : null,
      draws: pixel[0] === 255 && pixel[1] === 0 && pixel[2] === 0 && pixel[3] === 255,
    };
  });
}
