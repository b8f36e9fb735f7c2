import { ValidationError, type Issue } from '../errors.ts';
import type { Block } from '../types.ts';
import { parseYaml, type ParsedYaml, type SourceFile } from '../yaml/parse-yaml.ts';

/** An article file split into its front matter and blocks, before any cross-checking. */
export interface ArticleMarkdown {
  frontMatter: ParsedYaml;
  /** Blocks in reading order, with the 1-based line of each `## id` heading. */
  blocks: Array<Block & { line: number }>;
}

const BLOCK_ID = /^[a-z][a-z0-9-]*$/;
const RESERVED_KINDS: Record<string, Block['kind']> = { dateline: 'dateline', caption: 'caption' };

/**
 * Parses an article file: YAML front matter between `---` lines, then blocks, each a `## <id>`
 * heading followed by one paragraph of text. The title comes from the front matter and becomes
 * block `title`; `dateline` and `caption` are the date line and photo caption; every other id is
 * a body paragraph. Text is kept exactly as written; lines of one paragraph join with a space.
 */
export function parseArticleMarkdown(file: SourceFile): ArticleMarkdown {
  const lines = file.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const issues: Issue[] = [];
  if (lines[0]?.trim() !== '---') {
    throw new ValidationError([{ file: file.path, line: 1, message: 'missing front matter', expected: 'a first line "---"', found: JSON.stringify(lines[0] ?? '') }]);
  }
  const close = lines.indexOf('---', 1);
  if (close < 0) {
    throw new ValidationError([{ file: file.path, line: 1, message: 'front matter is not closed', expected: 'a line "---" after the front matter' }]);
  }
  const frontMatter = parseYaml({ path: file.path, text: lines.slice(1, close).join('\n') }, 1);

  const blocks: Array<Block & { line: number }> = [];
  let current: { id: string; line: number; lines: string[]; blankAt: number | null } | null = null;
  const finish = (): void => {
    if (!current) return;
    const text = current.lines.join(' ').trim();
    if (!text) issues.push({ file: file.path, line: current.line, field: current.id, message: 'empty block', expected: 'a paragraph of text after the heading' });
    const kind = RESERVED_KINDS[current.id] ?? 'paragraph';
    blocks.push({ id: current.id, kind, text, line: current.line });
  };
  const seen = new Map<string, number>();
  for (let i = close + 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    const lineNo = i + 1;
    const heading = /^##\s+(.*?)\s*$/.exec(raw);
    if (heading) {
      finish();
      const id = heading[1] as string;
      if (!BLOCK_ID.test(id) || id === 'title') {
        issues.push({
          file: file.path, line: lineNo, field: 'block id', message: id === 'title' ? 'the title belongs in the front matter' : 'invalid block id',
          expected: 'lower-case letters, digits and hyphens, e.g. "p4"', found: JSON.stringify(id),
        });
      }
      const previous = seen.get(id);
      if (previous !== undefined) {
        issues.push({ file: file.path, line: lineNo, field: 'block id', message: `duplicate block id "${id}" (first on line ${previous})` });
      }
      seen.set(id, lineNo);
      current = { id, line: lineNo, lines: [], blankAt: null };
      continue;
    }
    if (raw.trim() === '') {
      if (current && current.lines.length > 0 && current.blankAt === null) current.blankAt = lineNo;
      continue;
    }
    if (!current) {
      issues.push({ file: file.path, line: lineNo, message: 'text outside a block', expected: 'a "## <id>" heading before the text' });
      continue;
    }
    if (current.blankAt !== null) {
      issues.push({ file: file.path, line: lineNo, field: current.id, message: 'a block holds one paragraph', expected: `a "## <id>" heading before this paragraph (blank line on line ${current.blankAt})` });
      current.blankAt = null;
    }
    current.lines.push(raw.trim());
  }
  finish();
  if (blocks.length === 0) issues.push({ file: file.path, message: 'no blocks', expected: 'at least one "## <id>" block' });
  if (issues.length > 0) throw new ValidationError(issues);
  return { frontMatter, blocks };
}
