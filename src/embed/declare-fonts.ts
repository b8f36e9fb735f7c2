import { ARABIC_RANGES, LATIN_RANGES } from '../map/style.ts';

/** The font files shipped in public/fonts/, with the code points each covers (as the map uses). */
const FACES: Array<{ file: string; weight: string; unicodeRange: string }> = ['400', '700'].flatMap((weight) => [
  { file: `fonts/noto-sans-arabic-arabic-${weight}-normal.woff2`, weight, unicodeRange: ARABIC_RANGES.split(',').join(', ') },
  { file: `fonts/noto-sans-arabic-latin-${weight}-normal.woff2`, weight, unicodeRange: LATIN_RANGES.split(',').join(', ') },
]);

/** Family name the component's styles use. */
export const COMPONENT_FONT_FAMILY = 'Noto Sans Arabic';

/**
 * Declares the text font for the web component in the host document: Chrome ignores @font-face
 * inside a shadow root. Uses the FontFace API (no style element, nothing for the host's CSS to
 * see), once per document and base URL.
 */
export function declareFonts(base: string, doc: Document = document): void {
  const fonts = doc.fonts as FontFaceSet & { add(face: FontFace): FontFaceSet };
  for (const face of FACES) {
    const url = new URL(face.file, base).href;
    const exists = [...fonts].some((f) => f.family.replace(/['"]/g, '') === COMPONENT_FONT_FAMILY && f.weight === face.weight && f.unicodeRange === face.unicodeRange.replace(/\s/g, '') && (f as FontFace & { cmUrl?: string }).cmUrl === url);
    if (exists) continue;
    const font = new FontFace(COMPONENT_FONT_FAMILY, `url(${JSON.stringify(url)}) format("woff2")`, { weight: face.weight, unicodeRange: face.unicodeRange, display: 'swap' });
    (font as FontFace & { cmUrl?: string }).cmUrl = url;
    fonts.add(font);
  }
}
