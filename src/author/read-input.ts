import type { Lang } from '../core/types.ts';

/**
 * The longest text the editor takes as one article, UTF-16 code units (about 1.8 MB of Arabic in
 * UTF-8). News articles are far shorter (the seed is 6,600 characters); a longer text is still
 * geoparsed in the worker, to list its places, but not edited or exported.
 */
export const ARTICLE_MAX_CHARS = 1_000_000;

/** What a file's bytes turned out to be. */
export type FileText =
  | { ok: true; text: string }
  /** Not text: `format` names what it looks like (`PDF`, `a Word or zip file`…) when known. */
  | { ok: false; reason: 'binary'; format: string | null }
  /** Text, but not UTF-8 (an Arabic text saved as Windows-1256, say). */
  | { ok: false; reason: 'encoding' };

const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a Word, OpenDocument or zip file'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word (.doc) file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip file'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file'],
];

/**
 * Decodes a file meant to be a `.txt` or `.md` article: UTF-8 (a BOM is dropped), refusing
 * binary files (a known signature, or NUL bytes) and text in another encoding.
 */
export function decodeTextFile(bytes: Uint8Array): FileText {
  for (const [signature, format] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return { ok: false, reason: 'binary', format };
  }
  if (bytes.subarray(0, 65_536).includes(0)) return { ok: false, reason: 'binary', format: null };
  try {
    // fatal: an invalid byte sequence throws instead of becoming U+FFFD.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'encoding' };
  }
}

/** How many letters of each script a text has. */
export interface ScriptCount {
  arabic: number;
  latin: number;
}

/** Counts Arabic and Latin letters. */
export function countScripts(text: string): ScriptCount {
  let arabic = 0;
  let latin = 0;
  for (const m of text.matchAll(/\p{Script=Arabic}+|\p{Script=Latin}+/gu)) {
    const run = m[0];
    if (/\p{Script=Arabic}/u.test(run.charAt(0))) arabic += run.length;
    else latin += run.length;
  }
  return { arabic, latin };
}

/** The language a text is written in, by its letters, and whether it mixes two scripts. */
export interface TextLanguage {
  /** The majority script's language; null for a text without letters. */
  lang: Lang | null;
  /** The minority script is at least {@link MIXED_SHARE} of the letters: likely two texts in one. */
  mixed: boolean;
  /** Share of Arabic letters among Arabic and Latin ones, 0–1. */
  arabicShare: number;
}

/**
 * Share of letters from the other script above which a text counts as mixed. Arabic news names
 * Latin sources in passing (a photo credit, an acronym): well under a fifth of the letters.
 */
export const MIXED_SHARE = 0.2;

/** Tells the language of a text from its letters (Arabic or Latin script). */
export function detectTextLanguage(text: string): TextLanguage {
  const { arabic, latin } = countScripts(text);
  const total = arabic + latin;
  if (total === 0) return { lang: null, mixed: false, arabicShare: 0 };
  const arabicShare = arabic / total;
  return { lang: arabicShare >= 0.5 ? 'ar' : 'en', mixed: Math.min(arabicShare, 1 - arabicShare) >= MIXED_SHARE, arabicShare };
}

/** Size of a text in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A size for people: `980 B`, `12.4 kB`, `10.2 MB` (powers of 1000). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
