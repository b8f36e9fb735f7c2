import { ValidationError, type Issue } from '../errors.ts';
import { originalFrontMatterSchema, translationFrontMatterSchema } from '../schema/schemas.ts';
import { validateSchema } from '../schema/validate-schema.ts';
import type { Article, ArticleText, Lang } from '../types.ts';
import type { SourceFile } from '../yaml/parse-yaml.ts';
import { parseArticleMarkdown } from './parse-article-markdown.ts';

interface OriginalFront {
  title: string;
  date: string;
  outlet: { ar: string; en: string };
  language: Lang;
  url?: string;
}
interface TranslationFront {
  title: string;
  language: Lang;
  translation_of: Lang;
  translator: string;
}

/**
 * Loads an article from the Markdown files of its folder: exactly one original (front matter
 * with `date`, `outlet`, `language`) and any number of translations (`translation_of`,
 * `translator`) whose blocks carry the same ids in the same order.
 *
 * @param id - the article id (its folder name)
 * @param files - the folder's `*.md` files
 */
export function loadArticle(id: string, files: readonly SourceFile[]): Article {
  const issues: Issue[] = [];
  const parsed = files.map((file) => {
    try {
      return { file, md: parseArticleMarkdown(file) };
    } catch (error) {
      if (error instanceof ValidationError) issues.push(...error.issues);
      else throw error;
      return null;
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);

  let original: { text: ArticleText; front: OriginalFront; path: string } | null = null;
  const translations: Array<{ text: ArticleText; front: TranslationFront; path: string; lines: number[] }> = [];
  for (const item of parsed) {
    if (!item) continue;
    const { file, md } = item;
    const data = md.frontMatter.data as Record<string, unknown> | null;
    const isTranslation = !!data && typeof data === 'object' && 'translation_of' in data;
    const schemaIssues = validateSchema(isTranslation ? translationFrontMatterSchema : originalFrontMatterSchema, md.frontMatter, file.path);
    if (schemaIssues.length > 0) {
      issues.push(...schemaIssues);
      continue;
    }
    const blocks = md.blocks.map(({ id: blockId, kind, text }) => ({ id: blockId, kind, text }));
    if (isTranslation) {
      const front = data as unknown as TranslationFront;
      translations.push({
        front,
        path: file.path,
        lines: md.blocks.map((b) => b.line),
        text: { lang: front.language, original: false, title: front.title, translator: front.translator, blocks: [{ id: 'title', kind: 'title', text: front.title }, ...blocks] },
      });
    } else {
      const front = data as unknown as OriginalFront;
      if (original) {
        issues.push({ file: file.path, field: 'translation_of', message: `a second original (the first is ${original.path})`, expected: 'one original per article; translations name "translation_of"' });
        continue;
      }
      original = { front, path: file.path, text: { lang: front.language, original: true, title: front.title, blocks: [{ id: 'title', kind: 'title', text: front.title }, ...blocks] } };
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  if (!original) {
    throw new ValidationError([{ file: `content/${id}/`, message: 'no original text', expected: 'one .md file whose front matter has date, outlet and language' }]);
  }

  const originalIds = original.text.blocks.map((b) => b.id);
  const langs = new Set<Lang>([original.text.lang]);
  for (const t of translations) {
    if (t.front.translation_of !== original.text.lang) {
      issues.push({ file: t.path, field: 'translation_of', message: 'names a language that is not the original\'s', expected: JSON.stringify(original.text.lang), found: JSON.stringify(t.front.translation_of) });
    }
    if (langs.has(t.text.lang)) {
      issues.push({ file: t.path, field: 'language', message: 'a second text in this language', found: JSON.stringify(t.text.lang) });
    }
    langs.add(t.text.lang);
    const ids = t.text.blocks.map((b) => b.id);
    const missing = originalIds.filter((b) => !ids.includes(b));
    const extra = ids.filter((b) => !originalIds.includes(b));
    if (missing.length > 0 || extra.length > 0) {
      issues.push({
        file: t.path,
        field: 'blocks',
        message: 'blocks are not aligned with the original',
        expected: `the ids of ${original.path}: ${originalIds.join(', ')}`,
        found: [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `extra ${extra.join(', ')}` : ''].filter(Boolean).join('; '),
      });
    } else if (ids.join() !== originalIds.join()) {
      issues.push({ file: t.path, field: 'blocks', message: 'blocks are not in the original\'s order', expected: originalIds.join(', '), found: ids.join(', ') });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const { front } = original;
  return {
    id,
    date: front.date,
    outlet: front.outlet,
    ...(front.url ? { url: front.url } : {}),
    language: front.language,
    texts: [original.text, ...translations.sort((a, b) => a.text.lang.localeCompare(b.text.lang)).map((t) => t.text)],
  };
}
