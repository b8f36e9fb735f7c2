// Accessibility checks with axe-core, injected from node_modules (no network).
//
// axe's source goes in through `page.evaluate(source)`: that runs over the DevTools protocol, which
// a page's Content-Security-Policy does not govern, whereas `page.addScriptTag({ content })` adds
// an inline <script> that a strict CSP (script-src 'self') blocks.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result, RunOptions, SerialContextObject } from 'axe-core';

const require = createRequire(import.meta.url);

/** Options of {@link runAxe}. */
export interface RunAxeOptions {
  /** What to check: a CSS selector or include/exclude lists. @defaultValue the whole document */
  context?: string | SerialContextObject;
  /** axe's own run options (rules, tags, `iframes`, …). @defaultValue axe's defaults */
  options?: RunOptions;
}

/**
 * Runs axe-core in the page (its main frame) and returns the results.
 *
 * Works under a strict CSP. Cross-origin iframes are not entered unless axe is in them too.
 */
export async function runAxe(page: Page, options: RunAxeOptions = {}): Promise<AxeResults> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Injected on every call: a navigation since the last call would have dropped it.
  await page.evaluate(source);
  return page.evaluate(
    ({ context, runOptions }) => {
      const axe = (window as unknown as { axe?: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe;
      if (!axe) throw new Error('runAxe: axe-core did not load in the page');
      return axe.run(context ?? document, runOptions);
    },
    { context: options.context, runOptions: options.options ?? {} },
  );
}

/**
 * The serious and critical violations, one readable line each, for assertion messages:
 * `id (impact): help — target, target`. Empty when there are none, so
 * `expect(seriousOrCritical(results)).toEqual([])` shows exactly what is wrong when it fails.
 */
export function seriousOrCritical(results: Pick<AxeResults, 'violations'>): string[] {
  return results.violations
    .filter((violation: Result) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation: Result) => {
      const targets = violation.nodes.map((node) => node.target.map(String).join(' >>> ')).join(', ');
      return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
    });
}

/**
 * Arms axe-core to run in the page the very moment it says it is ready: when an element matching
 * `readySelector` first appears (a MutationObserver, so before any later task of the page runs).
 * Call before `page.goto`; the returned function waits for that run's results. This catches what
 * a check after the page has settled misses: attributes that are wrong only while it loads.
 *
 * Works under a strict CSP (an init script is not governed by it).
 *
 * @param readySelector - @defaultValue `'body[data-map-ready]'`
 */
export async function armAxeAtReadiness(page: Page, readySelector = 'body[data-map-ready]'): Promise<() => Promise<AxeResults>> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const key = '__cmAxeAtReadiness';
  await page.addInitScript({
    content: `${source}
;(() => {
  const selector = ${JSON.stringify(readySelector)};
  const start = () => {
    if (window[${JSON.stringify(key)}] || !document.querySelector(selector)) return false;
    window[${JSON.stringify(key)}] = window.axe.run(document);
    return true;
  };
  const observer = new MutationObserver(() => { if (start()) observer.disconnect(); });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`,
  });
  return async () => {
    await page.waitForFunction((k) => !!(window as unknown as Record<string, unknown>)[k], key, { timeout: 60_000 });
    return page.evaluate((k) => (window as unknown as Record<string, Promise<AxeResults>>)[k] as Promise<AxeResults>, key);
  };
}
