import type { Block } from '../core/types.ts';
import { splitParagraphs } from '../worker/split-paragraphs.ts';
import type { DraftEvidence } from './draft.ts';

/**
 * The evidence a selection of the marked text makes: the block it lies in (an element with
 * `data-block`, whose text is the block's text), the exact words and their offsets, white space
 * at either end left out. Null when the selection is empty, spans two blocks, or is not found
 * verbatim in the block (which the returned quote is then checked against).
 */
export function readViewSelection(selection: Selection | null, blocks: readonly Block[]): DraftEvidence | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const blockOf = (node: Node): HTMLElement | null => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-block]') ?? null;
  const startBlock = blockOf(range.startContainer);
  if (!startBlock || startBlock !== blockOf(range.endContainer)) return null;
  const block = blocks.find((b) => b.id === startBlock.dataset.block);
  if (!block) return null;
  const before = document.createRange();
  before.selectNodeContents(startBlock);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return trimEvidence(block, start, start + range.toString().length);
}

/** Leaves white space at either end out of a span of a block, and checks it is verbatim. */
export function trimEvidence(block: Block, start: number, end: number): DraftEvidence | null {
  while (start < end && /\s/.test(block.text.charAt(start))) start++;
  while (end > start && /\s/.test(block.text.charAt(end - 1))) end--;
  if (end <= start || end > block.text.length) return null;
  return { paragraph: block.id, quote: block.text.slice(start, end), start, end };
}

/**
 * The evidence a selection in the editor makes (`selectionStart`, `selectionEnd` of its text):
 * the selected words with line breaks read as spaces, as the article's blocks hold them, found in
 * the block the selection lies in, at the occurrence nearest to it. Null when it is empty, spans
 * two blocks or is not in its block.
 *
 * @param text - the editor's text
 * @param mode - how the text is split (see parseDraftText)
 */
export function editorSelection(text: string, from: number, to: number, blocks: readonly Block[], mode: 'plain' | 'blocks'): DraftEvidence | null {
  if (to <= from) return null;
  const spans = mode === 'plain' ? splitParagraphs(text).map((s, i) => ({ id: blocks[i]?.id ?? s.id, start: s.start, end: s.end })) : blockSpans(text);
  const span = spans.find((s) => from >= s.start && from < s.end);
  if (!span || to > span.end + 1) return null;
  const block = blocks.find((b) => b.id === span.id);
  if (!block) return null;
  const quote = text.slice(from, to).replace(/\s*\r?\n\s*/g, ' ').trim();
  if (!quote) return null;
  // Where the words would be if every line break in the block were one space: near `from`.
  const approx = text.slice(span.start, from).replace(/\s*\r?\n\s*/g, ' ').length;
  let best = -1;
  for (let at = block.text.indexOf(quote); at >= 0; at = block.text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - approx) < Math.abs(best - approx)) best = at;
  }
  return best < 0 ? null : { paragraph: block.id, quote, start: best, end: best + quote.length };
}

/** The spans of a text in `## id` blocks: each block's paragraph, after its heading line. */
function blockSpans(text: string): Array<{ id: string; start: number; end: number }> {
  const spans: Array<{ id: string; start: number; end: number }> = [];
  const heading = /^##\s+(\S+)\s*$/gm;
  let previous: { id: string; start: number } | null = null;
  for (let m = heading.exec(text); m !== null; m = heading.exec(text)) {
    if (previous) spans.push({ ...previous, end: m.index });
    previous = { id: m[1] as string, start: m.index + m[0].length };
  }
  if (previous) spans.push({ ...previous, end: text.length });
  return spans;
}
