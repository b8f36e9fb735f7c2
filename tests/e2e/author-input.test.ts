// The authoring page (author.html) with what reporters will do to it: reload it, start again,
// paste or open what it cannot take (nothing, 10 MB, a PDF, two languages at once, a content file
// with errors), and use it with the keyboard alone. Built site, strict CSP, headless Chromium.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, runAxe, seriousOrCritical, type HarnessPage } from './harness/index.ts';
import { openAuthorPage, runGeoOnZip, selectInMarkedText, waitForAuthorIdle } from './harness/author-page.ts';

const cspUrl = inject('cspUrl');

let browser: Browser;
let h: HarnessPage;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  expect(h.externalRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
  expect(h.consoleErrors).toEqual([]);
  await h.close();
});

const TEXT = 'سيطرت قوات الحكومة على غريان صباح اليوم.\n\nوقالت مصادر إن القتال مستمر قرب ترهونة.';

async function open(): Promise<HarnessPage> {
  h = await newPage(browser, { viewport: { width: 1400, height: 900 } });
  await openAuthorPage(h.page, cspUrl);
  return h;
}

const noticeTexts = (): Promise<string[]> => h.page.locator('.cm-author-notice').allInnerTexts();

describe('the authoring page keeps the reporter\'s work', () => {
  it('a reload restores the draft: metadata, text and claims; a new draft asks first', async () => {
    const { page } = await open();
    await page.locator('#cm-author-text').focus();
    await page.keyboard.insertText(TEXT);
    await page.fill('#cm-author-id', 'reload-test');
    await page.fill('#cm-author-title', 'خبر للتجربة');
    await waitForAuthorIdle(page);
    await selectInMarkedText(page, 'p1', 'سيطرت قوات الحكومة على غريان');
    await page.click('[data-action="claim-from-selection"]');
    await page.locator('.cm-author-editor select[name="party"]').selectOption('gna');
    await page.locator('.cm-author-editor button[type="submit"]').click();
    await waitForAuthorIdle(page);
    await expect.poll(() => page.locator('.cm-author__saved').getAttribute('data-failed')).toBe('false');

    await page.reload();
    await page.waitForSelector('body[data-author-ready]');
    await waitForAuthorIdle(page);
    expect(await page.inputValue('#cm-author-text')).toBe(TEXT);
    expect(await page.inputValue('#cm-author-id')).toBe('reload-test');
    expect(await page.inputValue('#cm-author-title')).toBe('خبر للتجربة');
    expect(await page.locator('.cm-author-claims li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.place))).toEqual(['gharyan']);
    expect(await page.locator('.cm-author-claims q').textContent()).toBe('سيطرت قوات الحكومة على غريان');
    expect(await noticeTexts()).toEqual(['استُعيدت المسودة المحفوظة.']);

    // "New draft" asks; declined, nothing changes; accepted, the page is empty, and stays so.
    const dialogs: string[] = [];
    page.once('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.click('[data-action="new"]');
    expect(dialogs).toHaveLength(1);
    expect(await page.inputValue('#cm-author-text')).toBe(TEXT);
    page.once('dialog', (d) => void d.accept());
    await page.click('[data-action="new"]');
    await waitForAuthorIdle(page);
    expect(await page.inputValue('#cm-author-text')).toBe('');
    expect(await page.inputValue('#cm-author-id')).toBe('');
    expect(await page.locator('.cm-author-claims li.cm-author-list__empty').count()).toBe(1);
    await expect.poll(() => page.locator('.cm-author__saved').getAttribute('data-failed')).toBe('false');
    await page.reload();
    await page.waitForSelector('body[data-author-ready]');
    expect(await page.inputValue('#cm-author-text')).toBe('');
  }, 180_000);
});

describe('the authoring page and bad input', () => {
  it('an empty text: a clear message, and nothing to export', async () => {
    const { page } = await open();
    await page.locator('#cm-author-text').focus();
    await page.keyboard.insertText('   \n\n  ');
    await waitForAuthorIdle(page);
    expect(await noticeTexts()).toContain('النص فارغ: الصق مقالاً أو افتح ملف .txt أو .md.');
    expect(await page.locator('.cm-author-problem').allTextContents()).toEqual(['text: النص فارغ: الصق مقالاً أو افتح ملف .txt أو .md.']);
    await page.click('[data-action="export"]');
    expect((await noticeTexts()).join(' ')).toContain('لم يُصدَّر شيء');
  });

  it('a 10 MB paste: not put in the editor, the draft untouched, its places found by the worker while the page keeps drawing frames and answering clicks', async () => {
    const { page } = await open();
    await page.locator('#cm-author-text').focus();
    await page.keyboard.insertText(TEXT);
    await waitForAuthorIdle(page);
    // Frames drawn and clicks handled while the page says the worker is busy with the long text.
    await page.evaluate(() => {
      const w = window as unknown as { __cmProbe: { frames: number; clicks: number; busyClicks: number } };
      w.__cmProbe = { frames: 0, clicks: 0, busyClicks: 0 };
      const busy = (): boolean => document.getElementById('cm-author')?.dataset.oversized === 'working';
      const tick = (): void => {
        if (busy()) w.__cmProbe.frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      document.querySelector('.cm-author__title')?.addEventListener('click', () => {
        w.__cmProbe.clicks++;
        if (busy()) w.__cmProbe.busyClicks++;
      });
      // The paste: 10 MB of Arabic news (place names included), through the clipboard event.
      const paragraph = 'وقالت مصادر محلية إن الاشتباكات تجددت في محيط غريان وترهونة وعين زارة، فيما تقدمت القوات نحو طرابلس من عدة محاور. ';
      const block = `${paragraph.repeat(8)}\n\n`;
      const text = block.repeat(Math.ceil(10e6 / new TextEncoder().encode(block).length));
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.getElementById('cm-author-text')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await page.getAttribute('#cm-author', 'data-oversized')).toBe('working');
    for (let i = 0; i < 3; i++) await page.click('.cm-author__title');
    await page.waitForSelector('#cm-author[data-oversized="done"]', { timeout: 60_000 });
    const probe = await page.evaluate(() => (window as unknown as { __cmProbe: { frames: number; clicks: number; busyClicks: number } }).__cmProbe);
    expect(probe.clicks).toBe(3);
    expect(probe.busyClicks).toBeGreaterThanOrEqual(1);
    expect(probe.frames).toBeGreaterThanOrEqual(5);
    const notice = (await noticeTexts()).join('\n');
    expect(notice).toMatch(/النص الطويل: \d+ ذكر لـ\d+ مكان\./);
    expect(notice).toMatch(/النص طويل جداً لمقال واحد \((9|10)\.\d MB، [\d,]+ حرف؛ الحد 1,000,000 حرف\)/);
    expect(await page.inputValue('#cm-author-text')).toBe(TEXT);
  }, 120_000);

  it('a binary file and a file in another encoding: a clear message each, the draft untouched', async () => {
    const { page } = await open();
    await page.setInputFiles('input[data-role="file"]', { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n') });
    await expect.poll(noticeTexts).toEqual(['الملف «report.pdf» ليس نصاً (يبدو PDF). احفظه بصيغة .txt أو .md بترميز UTF-8 ثم افتحه.']);
    await page.setInputFiles('input[data-role="file"]', { name: 'old.txt', mimeType: 'text/plain', buffer: Buffer.from([0xd8, 0xd1, 0xc7, 0xc8, 0xe1, 0xd3]) });
    await expect.poll(noticeTexts).toEqual(['الملف «old.txt» ليس بترميز UTF-8 (ربما Windows-1256). احفظه بترميز UTF-8 ثم افتحه.']);
    expect(await page.inputValue('#cm-author-text')).toBe('');
  });

  it('mixed scripts: a warning, the direction follows the majority', async () => {
    const { page } = await open();
    await page.locator('#cm-author-text').focus();
    await page.keyboard.insertText('ويسيطر حفتر على أحياء قصر بن غشير ونصف وادي الربيع\n\nHaftar controls the neighbourhoods of Qasr bin Ghashir and half of Wadi al-Rabi');
    await waitForAuthorIdle(page);
    expect((await noticeTexts()).join(' ')).toMatch(/النص يخلط بين الحروف العربية \(\d+٪\) واللاتينية \(\d+٪\)/);
    expect(await page.getAttribute('#cm-author-text', 'dir')).toBe(await page.inputValue('#cm-author-language') === 'ar' ? 'rtl' : 'ltr');
  });

  it('a file in the content format with errors: every problem with its line, the file opened for fixing', async () => {
    const { page } = await open();
    const md = '---\ntitle: خبر\ndate: 13/05/2019\nlanguage: ar\n---\n\n## p1\nسيطرت القوات على غريان.\n\n## p1\nنص ثان.\n';
    await page.setInputFiles('input[data-role="file"]', { name: 'ar.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
    await expect.poll(() => page.locator('.cm-author-notice--error li').allTextContents()).toEqual([
      'ar.md:10: block id: duplicate block id "p1" (first on line 7)',
      'ar.md:2: outlet: missing required field',
      'ar.md:3: date: wrong format (expected a string matching ^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$, found "13/05/2019")',
    ]);
    expect(await page.inputValue('#cm-author-title')).toBe('خبر');
    await waitForAuthorIdle(page);
    expect(await page.locator('.cm-author-problem').allTextContents()).toEqual(['text:4: block id: duplicate block id "p1" (first on line 1)']);
  });
});

describe('the authoring page with the keyboard alone', () => {
  it('text typed, words selected, a claim made, the article described and exported, without the mouse; axe finds nothing serious', async () => {
    const { page } = await open();
    const focusById = async (id: string): Promise<void> => {
      for (let i = 0; i < 60; i++) {
        if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached #${id}`);
    };
    const focusBySelector = async (selector: string): Promise<void> => {
      for (let i = 0; i < 80; i++) {
        if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await focusById('cm-author-id');
    await page.keyboard.type('keyboard-test');
    await page.keyboard.press('Tab');
    await page.keyboard.type('خبر بلوحة المفاتيح');
    await page.keyboard.press('Tab');
    await page.keyboard.type('05132019');
    // The date field has Tab stops of its own (its parts, the calendar button): Tab on to the next field.
    await focusById('cm-author-outletAr');
    await page.keyboard.type('منفذ');
    await focusById('cm-author-outletEn');
    await page.keyboard.type('Outlet');
    await focusById('cm-author-text');
    await page.keyboard.type('سيطرت قوات الحكومة على غريان.');
    await waitForAuthorIdle(page);
    // The whole line selected with the keyboard becomes the quote.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+End');
    await focusBySelector('[data-action="claim-from-selection"]');
    await page.keyboard.press('Enter');
    await page.locator('.cm-author-editor form').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe('place');
    expect(await page.locator('.cm-author-form__quotes q').textContent()).toBe('سيطرت قوات الحكومة على غريان.');
    await focusBySelector('.cm-author-editor select[name="party"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('.cm-author-editor select[name="party"]')).toBe('gna');
    await focusBySelector('.cm-author-editor button[type="submit"]');
    await page.keyboard.press('Enter');
    await waitForAuthorIdle(page);
    expect(await page.locator('.cm-author-claims li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.place))).toEqual(['gharyan']);
    // Focus went back to where the claim was started.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action)).toBe('claim-from-selection');
    expect(await page.locator('.cm-author-problem').allTextContents()).toEqual([]);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);

    await page.keyboard.press('Shift+Tab');
    await focusBySelector('[data-action="export"]');
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('keyboard-test.zip');
    const run = runGeoOnZip(readFileSync(await file.path()), 'keyboard-test');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.places!.features.find((f) => f.id === 'gharyan')?.properties).toMatchObject({ status: 'control', party: 'gna' });
  }, 180_000);
});
