export { armAxeAtReadiness, runAxe, seriousOrCritical, type RunAxeOptions } from './axe.ts';
export {
  BASE_CHROMIUM_ARGS,
  DEFAULT_CHROME_PATH,
  NO_WEBGL_CHROMIUM_ARGS,
  SCREENSHOT_DIR,
  WEBGL_CHROMIUM_ARGS,
  isLocalUrl,
  launchBrowser,
  newPage,
  probeWebGL,
  saveScreenshot,
  waitForMapReady,
  WEBGL_READY,
  type HarnessPage,
  type LaunchBrowserOptions,
  type NewPageOptions,
  type WebGLProbe,
} from './browser.ts';
export { buildStrictCsp } from './csp.ts';
export { failedResponses, lastRequestSeq, readRequestLog } from './request-log.ts';
export {
  contentTypeFor,
  createRequestLog,
  startStaticServer,
  type LoggedRequest,
  type RequestLog,
  type StaticServer,
  type StaticServerOptions,
} from './static-server.ts';
export { buildSiteFrom } from './build-site.ts';
