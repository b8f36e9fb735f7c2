/**
 * Creates an element with attributes and children. Text is always set as text nodes, never
 * parsed as HTML: article text, names and claims come from content files and are untrusted.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Parsed symbols by their SVG string, cloned for each use: the timeline redraws the lists and the legend on every move. */
const parsedSvgs = new Map<string, SVGSVGElement>();
const PARSED_SVGS_MAX = 256;

/**
 * Parses an SVG string built by our own symbol code (numbers and validated colours only) into a
 * node, through DOMParser rather than innerHTML so no script context is ever involved. Each
 * string is parsed once and the node cloned after.
 */
export function svgNode(svg: string): SVGSVGElement {
  let parsed = parsedSvgs.get(svg);
  if (!parsed) {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    parsed = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    parsed.setAttribute('aria-hidden', 'true');
    parsed.setAttribute('focusable', 'false');
    if (parsedSvgs.size >= PARSED_SVGS_MAX) parsedSvgs.clear();
    parsedSvgs.set(svg, parsed);
  }
  return parsed.cloneNode(true) as SVGSVGElement;
}
