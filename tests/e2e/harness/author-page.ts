// Driving the authoring page (author.html) as a reporter does: helpers shared by
// tests/e2e/author*.test.ts. They wait for states the page announces (data attributes on its root),
// never for a time.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The seed article's folder. */
export const SEED = 'haftar-macron-2019-05-13';

/** The seed's body paragraphs p1…p10 as a reporter copies them from the outlet's page: plain text. */
export function seedArabicText(): string {
  const md = readFileSync(join(ROOT, 'content', SEED, 'ar.md'), 'utf8');
  return md
    .split(/\n## (p\d+)\n/)
    .filter((_, i, parts) => i > 0 && /^p\d+$/.test(parts[i - 1] ?? ''))
    .map((p) => p.trim())
    .join('\n\n');
}

/** Opens author.html and waits until it works. */
export async function openAuthorPage(page: Page, siteUrl: string): Promise<void> {
  await page.goto(`${siteUrl}author.html`);
  await page.waitForSelector('body[data-author-ready]', { timeout: 60_000 });
}

/**
 * Waits until the page has caught up with the draft's latest change: the text's places marked
 * and the folder checked and previewed.
 */
export async function waitForAuthorIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.getElementById('cm-author');
      const v = root?.dataset.draftVersion;
      return !!v && root?.dataset.analysedVersion === v && root?.dataset.builtVersion === v;
    },
    null,
    { timeout: 60_000 },
  );
}

/**
 * Selects words of a paragraph in the marked text with a real DOM selection (as a mouse drag
 * does), across the marks' text nodes.
 */
export async function selectInMarkedText(page: Page, paragraph: string, quote: string): Promise<void> {
  await page.evaluate(
    ({ paragraph, quote }) => {
      const block = document.querySelector(`#cm-author-read [data-block="${paragraph}"]`);
      if (!block) throw new Error(`no block ${paragraph}`);
      const at = (block.textContent ?? '').indexOf(quote);
      if (at < 0) throw new Error(`"${quote}" is not in ${paragraph}`);
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset <= at && at < offset + length) range.setStart(node, at - offset);
        if (offset < at + quote.length && at + quote.length <= offset + length) range.setEnd(node, at + quote.length - offset);
        offset += length;
      }
      const selection = document.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { paragraph, quote },
  );
}

/** Clicks a button and returns the file it downloads: name and bytes. */
export async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** What `npm run geo` made of an exported zip unpacked into a content folder of its own. */
export interface GeoRun {
  status: number | null;
  stderr: string;
  stdout: string;
  /** The unpacked files, by path inside the zip. */
  files: Record<string, string>;
  /** `geo/<id>.geojson`, when it was written. */
  places: { features: Array<{ id: string; properties: Record<string, unknown> }> } | null;
}

/**
 * Unpacks the zip into a temporary content folder (with the project's parties.yaml beside it) and
 * runs `npm run geo -- --content <it> --out <another>` on it, as a reporter would before copying
 * the folder into content/.
 */
export function runGeoOnZip(zip: Buffer, articleId: string): GeoRun {
  const work = mkdtempSync(join(tmpdir(), 'cm-author-export-'));
  const content = join(work, 'content');
  const files: Record<string, string> = {};
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(zip)))) {
    if (path.endsWith('/')) continue;
    files[path] = Buffer.from(bytes).toString('utf8');
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), bytes);
  }
  copyFileSync(join(ROOT, 'content/parties.yaml'), join(content, 'parties.yaml'));
  const out = join(work, 'geo');
  const run = spawnSync('npm', ['run', '-s', 'geo', '--', '--content', content, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  let places: GeoRun['places'] = null;
  try {
    places = JSON.parse(readFileSync(join(out, `${articleId}.geojson`), 'utf8')) as GeoRun['places'];
  } catch {
    places = null;
  }
  return { status: run.status, stderr: run.stderr, stdout: run.stdout, files, places };
}
