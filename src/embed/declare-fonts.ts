/** The font files shipped in public/fonts/, with the code points each covers. */
const FACES: Array<{ file: string; weight: string; unicodeRange: string }> = [
  { file: 'fonts/noto-sans-arabic-arabic-400-normal.woff2', weight: '400', unicodeRange: 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC' },
  { file: 'fonts/noto-sans-arabic-arabic-700-normal.woff2', weight: '700', unicodeRange: 'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC' },
  { file: 'fonts/noto-sans-arabic-latin-400-normal.woff2', weight: '400', unicodeRange: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
  { file: 'fonts/noto-sans-arabic-latin-700-normal.woff2', weight: '700', unicodeRange: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
];

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
