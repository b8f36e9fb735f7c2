import { parseArticleMarkdown } from '../core/content/parse-article-markdown.ts';
import { splitPlainText } from '../core/content/split-plain-text.ts';
import { ValidationError, formatIssue, type Issue } from '../core/errors.ts';
import { originalFrontMatterSchema, translationFrontMatterSchema } from '../core/schema/schemas.ts';
import { validateSchema } from '../core/schema/validate-schema.ts';
import type { Block } from '../core/types.ts';
import { parseYaml } from '../core/yaml/parse-yaml.ts';
import type { DraftMeta } from './draft.ts';

/** The editor's text as blocks. */
export interface DraftText {
  /** `plain`: paragraphs at blank lines, numbered p1, p2…; `blocks`: `## id` blocks, ids kept. */
  mode: 'plain' | 'blocks';
  blocks: Block[];
  /** Problems of a text in blocks, lines counted in the editor; blocks is empty then. */
  issues: Issue[];
}

/** Name the editor's text goes by in messages. */
export const EDITOR_FILE = 'text';

const BLOCK_HEADING = /^##\s+\S+\s*$/;

/**
 * Splits the editor's text into the article's blocks. A text whose first line is a `## id`
 * heading is in the content format's blocks, read by the pipeline's own parser (ids kept, every
 * problem reported with its line); any other text is split into paragraphs at blank lines and
 * numbered p1, p2… as `npm run geocode` does.
 */
export function parseDraftText(text: string): DraftText {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  if (!BLOCK_HEADING.test(firstLine)) return { mode: 'plain', blocks: splitPlainText(text), issues: [] };
  try {
    // The parser expects front matter first: an empty one, two lines the messages take off.
    const md = parseArticleMarkdown({ path: EDITOR_FILE, text: `---\n---\n${text}` });
    return { mode: 'blocks', blocks: md.blocks.map(({ id, kind, text: t }) => ({ id, kind, text: t })), issues: [] };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // Lines named in the messages ("first on line 5") move with them.
    const shift = (text: string | undefined): string | undefined => text?.replace(/\bline (\d+)/g, (_, n: string) => `line ${Number(n) - 2}`);
    const issues = error.issues.map((i) => {
      const moved: Issue = { ...i, message: shift(i.message) as string };
      if (i.line !== undefined) moved.line = Math.max(1, i.line - 2);
      if (i.expected !== undefined) moved.expected = shift(i.expected) as string;
      return moved;
    });
    return { mode: 'blocks', blocks: [], issues };
  }
}

/** An opened file in the content format: the form's fields, the editor's blocks, and its problems. */
export interface ArticleFile {
  /** Fields found in the front matter. */
  meta: Partial<DraftMeta>;
  /** The blocks, as the editor holds them (`## id` headings and their paragraphs). */
  body: string;
  /** Every problem of the file, as `npm run geo` would name it (file and line). */
  issues: Issue[];
}

/** True when a text starts like a file in the content format (front matter). */
export function isArticleFile(text: string): boolean {
  return /^\uFEFF?---\r?\n/.test(text);
}

/**
 * Reads a file in the content format (front matter, then `## id` blocks): its metadata for the
 * form, its blocks for the editor, and its problems, checked by the pipeline's parser and schema.
 * A file with problems is still read as far as it goes, so the reporter can fix it on the page.
 */
export function readArticleFile(text: string, path: string): ArticleFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const close = lines.indexOf('---', 1);
  const issues: Issue[] = [];
  const meta: Partial<DraftMeta> = {};
  if (close < 0) {
    issues.push({ file: path, line: 1, message: 'front matter is not closed', expected: 'a line "---" after the front matter' });
    return { meta, body: lines.slice(1).join('\n'), issues };
  }
  const body = lines.slice(close + 1).join('\n').replace(/^\s*\n/, '');
  try {
    parseArticleMarkdown({ path, text });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  try {
    const front = parseYaml({ path, text: lines.slice(1, close).join('\n') }, 1);
    const data = (front.data ?? {}) as Record<string, unknown>;
    const schema = typeof data === 'object' && 'translation_of' in data ? translationFrontMatterSchema : originalFrontMatterSchema;
    if (!issues.some((i) => i.message.startsWith('malformed YAML'))) issues.push(...validateSchema(schema, front, path));
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    const outlet = (typeof data.outlet === 'object' && data.outlet !== null ? data.outlet : {}) as Record<string, unknown>;
    const fields: Partial<Record<keyof DraftMeta, string | undefined>> = { title: str(data.title), date: str(data.date), outletAr: str(outlet.ar), outletEn: str(outlet.en), url: str(data.url) };
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) (meta as Record<string, string>)[key] = value;
    if (data.language === 'ar' || data.language === 'en') meta.language = data.language;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  // The front matter's YAML is parsed twice (by the article parser, then for the form): one message each.
  const seen = new Set<string>();
  return { meta, body, issues: issues.filter((i) => !seen.has(formatIssue(i)) && !!seen.add(formatIssue(i))) };
}
