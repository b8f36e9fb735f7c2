/**
 * The strict Content-Security-Policy the `csp` test server sends with every response: what a
 * careful host (or a newsroom CMS) would put in front of the map. Nothing inline, nothing from
 * another origin; only the allowances MapLibre documents for itself: `blob:` workers and
 * `data:`/`blob:` images. `data:` fonts are allowed because Vite may inline small assets.
 *
 * @param frameAncestors - origins allowed to embed the page in an iframe, besides itself (the
 *   host-pages server, so embedding tests can use the CSP site too).
 * @returns the header value, directives separated by `; `.
 */
export function buildStrictCsp(frameAncestors: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    ['frame-ancestors', "'self'", ...frameAncestors].join(' '),
  ].join('; ');
}
