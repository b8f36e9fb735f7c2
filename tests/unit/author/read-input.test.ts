import { describe, expect, it } from 'vitest';
import { decodeTextFile, detectTextLanguage, formatBytes, utf8Length } from '../../../src/author/read-input.ts';
import { parseDraftText, readArticleFile } from '../../../src/author/parse-draft-text.ts';
import { formatIssue } from '../../../src/core/errors.ts';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe('decodeTextFile', () => {
  it('decodeTextFile(UTF-8 bytes) is the text, BOM dropped', () => {
    expect(decodeTextFile(new TextEncoder().encode('\ufeffفي طرابلس'))).toEqual({ ok: true, text: 'في طرابلس' });
  });
  it('decodeTextFile(a PDF, a Word file, bytes with NUL) is binary, naming the format when known', () => {
    expect(decodeTextFile(new TextEncoder().encode('%PDF-1.7\n…'))).toEqual({ ok: false, reason: 'binary', format: 'PDF' });
    expect(decodeTextFile(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toEqual({ ok: false, reason: 'binary', format: 'a Word, OpenDocument or zip file' });
    expect(decodeTextFile(bytes(0x41, 0x00, 0x42))).toEqual({ ok: false, reason: 'binary', format: null });
  });
  it('decodeTextFile(Windows-1256 Arabic) is text in another encoding', () => {
    expect(decodeTextFile(bytes(0xd8, 0xd1, 0xc7, 0xc8, 0xe1, 0xd3))).toEqual({ ok: false, reason: 'encoding' });
  });
});

describe('detectTextLanguage', () => {
  it('detectTextLanguage(Arabic news with a Latin photo credit) is Arabic, not mixed', () => {
    expect(detectTextLanguage('حفتر فشل في السيطرة على طرابلس عسكرياً (جوليان ماتيا/Getty)')).toMatchObject({ lang: 'ar', mixed: false });
  });
  it('detectTextLanguage(an Arabic paragraph and its English translation) is mixed', () => {
    expect(detectTextLanguage('ويسيطر حفتر على أحياء قصر بن غشير\n\nHaftar controls the neighbourhoods of Qasr bin Ghashir')).toMatchObject({ mixed: true });
  });
  it('detectTextLanguage("12 345") has no language', () => {
    expect(detectTextLanguage('12 345')).toEqual({ lang: null, mixed: false, arabicShare: 0 });
  });
  it('utf8Length counts UTF-8 bytes; formatBytes writes them for people', () => {
    expect(utf8Length('aب😀')).toBe(1 + 2 + 4);
    expect(formatBytes(10_200_000)).toBe('10.2 MB');
    expect(formatBytes(12_400)).toBe('12.4 kB');
  });
});

describe('parseDraftText', () => {
  it('parseDraftText(plain text) numbers the paragraphs p1, p2… like npm run geocode', () => {
    expect(parseDraftText('أول\nسطر\n\n\nثان')).toEqual({ mode: 'plain', issues: [], blocks: [{ id: 'p1', kind: 'paragraph', text: 'أول سطر' }, { id: 'p2', kind: 'paragraph', text: 'ثان' }] });
  });
  it('parseDraftText(## id blocks) keeps the ids and kinds', () => {
    expect(parseDraftText('## dateline\n13 مايو 2019\n\n## p4\nنص').blocks).toEqual([{ id: 'dateline', kind: 'dateline', text: '13 مايو 2019' }, { id: 'p4', kind: 'paragraph', text: 'نص' }]);
  });
  it('parseDraftText(blocks with errors) lists each with its line in the editor', () => {
    expect(parseDraftText('## p1\nأ\n\n## P 2\nب\n\n## p1\nج\n\nد').issues.map(formatIssue)).toEqual([
      'text:4: block id: invalid block id (expected lower-case letters, digits and hyphens, e.g. "p4", found "P 2")',
      'text:7: block id: duplicate block id "p1" (first on line 1)',
      'text:10: p1: a block holds one paragraph (expected a "## <id>" heading before this paragraph (blank line on line 9))',
    ]);
  });
});

describe('readArticleFile', () => {
  it('readArticleFile(a file in the content format) gives the form its fields and the editor its blocks', () => {
    const file = readArticleFile('---\ntitle: عنوان\ndate: 2019-05-13\noutlet:\n  ar: منفذ\n  en: Outlet\nlanguage: ar\n---\n\n## p1\nنص\n', 'ar.md');
    expect(file).toEqual({ meta: { title: 'عنوان', date: '2019-05-13', outletAr: 'منفذ', outletEn: 'Outlet', language: 'ar' }, body: '## p1\nنص\n', issues: [] });
  });
  it('readArticleFile(a file with errors) lists every problem with its line, and still reads what it can', () => {
    const file = readArticleFile('---\ntitle: عنوان\ndate: 13/05/2019\nlanguage: ar\n---\n## p1\nنص\n## p1\nنص\n', 'ar.md');
    expect(file.meta.title).toBe('عنوان');
    expect(file.issues.map(formatIssue)).toEqual([
      'ar.md:8: block id: duplicate block id "p1" (first on line 6)',
      'ar.md:2: outlet: missing required field',
      'ar.md:3: date: wrong format (expected a string matching ^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$, found "13/05/2019")',
    ]);
  });
});
