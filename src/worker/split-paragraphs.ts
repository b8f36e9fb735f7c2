/** A paragraph of a plain text, as a span of the text itself rather than a copy. */
export interface ParagraphSpan {
  /** `p1`, `p2`…, as `splitPlainText` (and so `npm run geocode`) numbers them. */
  id: string;
  /** UTF-16 index of the paragraph's first character in the whole text. */
  start: number;
  /** UTF-16 index just after its last character (end exclusive). */
  end: number;
}

// The same expressions as splitPlainText; the front matter one is sticky so it is tried at the
// start of the body only, without slicing the text.
const FRONT_MATTER = /---\r?\n[\s\S]*?\r?\n---\r?\n/y;
const BLANK_LINE = /\r?\n\s*\r?\n/g;
const SPACE = /\s/;

/**
 * Splits a text into paragraphs the way `splitPlainText` (src/core/content/split-plain-text.ts)
 * does, at blank lines, after a BOM and any YAML front matter, with the same ids, but returns
 * spans of the original instead of copies: a 10 MB text is not copied again, and offsets
 * relative to a paragraph plus its `start` are offsets into the whole text.
 *
 * The paragraphs `splitPlainText` returns are these spans' texts with each line break (and the
 * white space around it) turned into one space; the geoparser treats both as one separator, so
 * it finds the same names in either, at offsets that differ only by those line breaks.
 */
export function splitParagraphs(text: string): ParagraphSpan[] {
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Fresh expressions per call: lastIndex is state, and calls must not share it.
  const front = new RegExp(FRONT_MATTER.source, 'y');
  front.lastIndex = from;
  const matter = front.exec(text);
  if (matter) from += matter[0].length;
  const spans: ParagraphSpan[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && SPACE.test(text.charAt(start))) start++;
    while (end > start && SPACE.test(text.charAt(end - 1))) end--;
    if (end > start) spans.push({ id: `p${spans.length + 1}`, start, end });
  };
  const blank = new RegExp(BLANK_LINE.source, 'g');
  blank.lastIndex = from;
  let start = from;
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return spans;
}
