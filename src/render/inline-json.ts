/**
 * JSON for a `<script type="application/json">` block in an HTML page: the page's script reads
 * it back with `JSON.parse`. Shared by the build (which writes it) and the page (which reads it).
 */

/** Id of the block in which the full page carries its default article's data. */
export const PAGE_DATA_ID = 'cm-page-data';

/**
 * `JSON.stringify(value)` with `<` written `\u003c` (still valid JSON), so no string in the data
 * can close the block or open a comment in it; U+2028/U+2029 likewise, for old parsers.
 */
export function serializeJsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
