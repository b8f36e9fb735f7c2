import type { Block } from '../types.ts';

/**
 * Splits any text or Markdown file into blocks for the geocoder: paragraphs are separated by
 * blank lines and numbered `p1`, `p2`…; YAML front matter is skipped; Markdown heading marks
 * (`#`) are kept in the text so offsets still point into the file's own paragraph.
 */
export function splitPlainText(text: string): Block[] {
  let body = text.replace(/^\uFEFF/, '');
  const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(body);
  if (front) body = body.slice(front[0].length);
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0)
    .map((p, i) => ({ id: `p${i + 1}`, kind: 'paragraph' as const, text: p }));
}
