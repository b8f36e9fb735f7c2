import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicFontFiles } from '../../../src/cli/vite-plugin-content.ts';
import { ROOT } from '../helpers/project.ts';

// The build preloads the web fonts src/ui/fonts.css declares (index.html and embed.html), so the
// first frame's text is laid out in them rather than in fallback fonts looked up one by one.
describe('publicFontFiles', () => {
  it('lists the woff2 files under /fonts/ that @font-face rules load, once each, in order', () => {
    const css = [
      "@font-face { font-family: A; src: url('/fonts/a-400.woff2') format('woff2'); }",
      '@font-face { font-family: A; src: url("/fonts/a-700.woff2") format("woff2"); }',
      '@font-face { font-family: B; src: url( /fonts/b.woff2 ) format("woff2"), url(/fonts/b.woff) format("woff"); }',
      "@font-face { font-family: A; src: url('/fonts/a-400.woff2'); unicode-range: U+0600-06FF; }",
      ".x { background: url('/images/fonts/c.woff2'); } .y { background: url(fonts/d.woff2); }",
    ].join('\n');
    expect(publicFontFiles(css)).toEqual(['fonts/a-400.woff2', 'fonts/a-700.woff2', 'fonts/b.woff2']);
  });

  it('finds every font of src/ui/fonts.css, and each is a file in public/', () => {
    const files = publicFontFiles(readFileSync(join(ROOT, 'src/ui/fonts.css'), 'utf8'));
    expect(files).toEqual([
      'fonts/noto-sans-arabic-arabic-400-normal.woff2',
      'fonts/noto-sans-arabic-arabic-700-normal.woff2',
      'fonts/noto-sans-arabic-latin-400-normal.woff2',
      'fonts/noto-sans-arabic-latin-700-normal.woff2',
    ]);
    for (const file of files) expect(existsSync(join(ROOT, 'public', file)), file).toBe(true);
  });
});
