/**
 * Escaping for the markup the build writes as text (the static SVG map, the HTML skeleton, the
 * embed snippets). The page itself never parses strings as HTML.
 */

/** Escapes text for SVG/HTML element content. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
}
