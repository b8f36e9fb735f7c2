// The geoparser in a Web Worker (src/worker/): a 10 MB text is geoparsed without freezing the
// page, and the worker finds exactly what `npm run geocode` finds. The page is a small test page
// built here with Vite (harness/worker-page.ts; `npm run bench:worker` times the same one), served
// with the site's strict CSP (no `unsafe-eval`). No assertion is on a time in ms: that the page
// stayed responsive is shown by frames rendered and a click handled while the worker was busy.
// The worker's pure parts (splitParagraphs, geoparseDocument) are property-tested in Node, in
// tests/unit/worker/. It also suggests control claims (README, "Suggested control claims").
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWorkerPage,
  finishWorkerRun,
  generateSampleText,
  loadWorkerFixture,
  openWorkerPage,
  sampleInput,
  serveWorkerPage,
  startWorkerRun,
  type Sample,
  type WorkerFixture,
  type WorkerPageApi,
} from './harness/worker-page.ts';
import { compileClaimReader, suggestClaimsInText } from '../../src/core/claims/index.ts';
import { loadPartiesFile } from '../../src/core/content/load-parties.ts';
import { parseArticleMarkdown } from '../../src/core/content/parse-article-markdown.ts';
import { splitPlainText } from '../../src/core/content/split-plain-text.ts';
import { loadGazetteer } from '../../src/core/gazetteer/load-gazetteer.ts';
import { createGeoparser, geoparseText } from '../../src/core/geoparser/index.ts';
import type { Place } from '../../src/core/types.ts';
import { launchBrowser, type StaticServer } from './harness/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The issue's size: 10 MB of UTF-8. */
const TEN_MB = 10e6;

let work: string;
let server: StaticServer;
let browser: Browser;
let fixture: WorkerFixture;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cm-worker-'));
  await buildWorkerPage(root, join(work, 'page'));
  server = await serveWorkerPage(join(work, 'page'));
  browser = await launchBrowser({ webgl: false });
  fixture = loadWorkerFixture(root);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the geoparse worker in Chromium', () => {
  it('geoparses a 10 MB Arabic text while the page keeps rendering and answering clicks, and finds what npm run geocode finds', async () => {
    const h = await openWorkerPage(browser, server);
    const input = sampleInput(fixture, TEN_MB);
    // Made in the page and kept there; Playwright passes the handle as the page's own object.
    const sample = (await h.page.evaluateHandle(generateSampleText, input)) as unknown as Sample;
    const { names } = await h.page.evaluate(startWorkerRun, { sample, places: fixture.places, chunkSize: null });
    expect(names).toBeGreaterThan(100);
    // A click is handled only when the main thread is free; the handler records whether the
    // worker had not answered yet.
    for (let i = 0; i < 3; i++) await h.page.click('#cm-test-button');
    const { summary, matches, paragraphs } = await h.page.evaluate(finishWorkerRun, { sample, details: true });

    expect(summary.error).toBeNull();
    expect(summary.clicks).toBe(3);
    expect(summary.clicksWhileBusy).toBeGreaterThanOrEqual(1);
    expect(summary.frames).toBeGreaterThanOrEqual(5);
    expect(summary.progressMessages).toBeGreaterThanOrEqual(10);
    expect(summary.badSlices).toBe(0);

    // The same text in Node, split and geoparsed the way `npm run geocode` does it.
    const expected = generateSampleText(input);
    expect(expected.bytes).toBeGreaterThanOrEqual(TEN_MB);
    const blocks = splitPlainText(expected.text);
    const parser = createGeoparser(fixture.places);
    const expectedMatches = blocks.flatMap((b) => geoparseText(parser, b.text, b.id).matches.map((m) => [m.paragraph, m.start, m.end, m.text, m.candidates.join('|')]));
    expect(paragraphs).toHaveLength(blocks.length);
    expect(matches).toEqual(expectedMatches);

    // Each paragraph got one name and has one match: that name, with its place among the candidates.
    const inserted = expected.inserted;
    expect(matches).toHaveLength(inserted.length / 3);
    for (let k = 0; k < matches.length; k++) {
      const [, start, end, , candidates] = matches[k] as [string, number, number, string, string];
      const [paragraphStart] = paragraphs[k] as [number, number];
      expect([paragraphStart + start, paragraphStart + end]).toEqual([inserted[3 * k], inserted[3 * k + 1]]);
      expect(candidates.split('|')).toContain(fixture.names[inserted[3 * k + 2] as number]?.id);
    }

    expect(h.pageErrors).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
    expect(h.externalRequests).toEqual([]);
    await h.close();
  });

  it('answers bad requests with errors that name the field, ignores what is not a request, and never throws', async () => {
    const h = await openWorkerPage(browser, server);
    const replies = await h.page.evaluate(async (places: Place[]) => {
      const api = (window as unknown as Record<string, WorkerPageApi>)['__cmWorkerPage'] as WorkerPageApi;
      const worker = api.createGeoparseWorker();
      const got: string[] = [];
      let failures = 0;
      worker.addEventListener('error', () => failures++);
      const finished = new Promise<void>((resolve) => {
        worker.addEventListener('message', (event: MessageEvent) => {
          const m = event.data as { type: string; id?: number | null; message?: string; names?: number; paragraphs?: unknown[]; matches?: Array<{ text: string; candidates: string[] }>; done?: number; total?: number };
          if (m.type === 'error') got.push(`error ${m.id}: ${m.message}`);
          else if (m.type === 'ready') got.push(`ready ${(m.names ?? 0) > 0}`);
          else got.push(`${m.type} ${m.id}: ${m.paragraphs?.length} paragraphs, ${m.done}/${m.total}, ${(m.matches ?? []).map((x) => `${x.text}=${x.candidates.join('|')}`).join(' ')}`);
          if (m.type === 'result' && m.id === 7) resolve();
        });
      });
      const send: unknown[] = [
        null,
        'hello',
        { type: 'nope' },
        { type: 'geoparse', id: 1, text: 'في طرابلس' },
        { type: 'init', places: 'x' },
        { type: 'init', places: [{ id: 'a', ar: ['ا'], en: 'y', kind: 'town' }] },
        { type: 'init', places },
        { type: 'geoparse', id: 'two', text: 'x' },
        { type: 'geoparse', id: 3, text: 42 },
        { type: 'geoparse', id: 4, text: 'x', chunkSize: 0 },
        { type: 'append', id: 5, text: 'قصفت القوات ' },
        { type: 'geoparse', id: 5, text: 'غريان.\n\nثم ترهونة' },
        { type: 'geoparse', id: 6, text: '' },
        { type: 'geoparse', id: 7, text: '\ud800😀\u0000\ufeffﻻ\u202e\n\n'.repeat(1000) },
      ];
      for (const message of send) worker.postMessage(message);
      await finished;
      worker.terminate();
      return { got, failures };
    }, fixture.places);
    expect(replies.failures).toBe(0);
    expect(replies.got).toEqual([
      'error 1: geoparse: no gazetteer yet: send { type: "init", places } first',
      'error null: init: places: expected an array of places, found "x"',
      'error null: init: places[0].en: expected an array of strings, found "y"',
      'ready true',
      'error null: geoparse: id: expected a safe integer, found "two"',
      'error 3: geoparse: text: expected a string, found 42',
      'error 4: geoparse: chunkSize: expected a positive integer, found 0',
      'result 5: 2 paragraphs, 29/29, غريان=gharyan ترهونة=tarhuna',
      'result 6: 0 paragraphs, 0/0, ',
      'result 7: 1000 paragraphs, 9000/9000, ',
    ]);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('suggests control claims in the worker, the same as Node suggests them for the same text', async () => {
    const h = await openWorkerPage(browser, server);
    const { parties, sharedAliases } = loadPartiesFile({ path: 'content/parties.yaml', text: readFileSync(join(root, 'content/parties.yaml'), 'utf8') });
    const gazetteer = loadGazetteer({ path: 'geo/gazetteer.yaml', text: readFileSync(join(root, 'geo/gazetteer.yaml'), 'utf8') });
    const seed = parseArticleMarkdown({ path: 'ar.md', text: readFileSync(join(root, 'content/haftar-macron-2019-05-13/ar.md'), 'utf8') });
    const text = seed.blocks.map((b) => b.text).join('\n\n');
    const answer = await h.page.evaluate(async (arg: { places: Place[]; parties: typeof parties; sharedAliases: typeof sharedAliases; region: [number, number, number, number]; text: string }) => {
      const api = (window as unknown as Record<string, WorkerPageApi>)['__cmWorkerPage'] as WorkerPageApi;
      const client = api.createGeoparseClient(arg.places, { parties: arg.parties, sharedAliases: arg.sharedAliases, region: arg.region, postSize: 1000 });
      const found = await client.suggestClaims(arg.text);
      const without = api.createGeoparseClient(arg.places);
      const refused = await without.suggestClaims(arg.text).then(
        () => 'resolved',
        (e: Error) => e.message,
      );
      client.terminate();
      without.terminate();
      return { suggestions: found.suggestions, rejected: found.rejected, paragraphs: found.paragraphs, refused };
    }, { places: gazetteer.places, parties, sharedAliases, region: gazetteer.region, text });
    const expected = suggestClaimsInText({ blocks: splitPlainText(text), parser: createGeoparser(gazetteer.places), gazetteer, reader: compileClaimReader(parties, { sharedAliases }) });
    expect(answer.suggestions).toEqual(expected.suggestions);
    expect(answer.rejected).toEqual(expected.rejected);
    expect(answer.suggestions.map((s) => `${s.place} ${s.party}`).sort()).toEqual([
      'ain-zara lna', 'al-hira gna', 'az-zahra gna', 'gharyan lna', 'qasr-bin-ghashir lna', 'suq-al-khamis gna', 'swani gna', 'tarhuna lna', 'tripoli gna', 'wadi-al-rabi lna',
    ]);
    for (const s of answer.suggestions) {
      const start = answer.paragraphs.find((p) => p.id === s.evidence.paragraph)!.start;
      expect(text.slice(start + s.evidence.start, start + s.evidence.end)).toBe(s.evidence.quote);
    }
    expect(answer.refused).toBe('suggestClaims: the client was made without parties (createGeoparseClient(places, { parties }))');
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('the client rejects requests when the worker refuses the gazetteer, and when it is terminated', async () => {
    const h = await openWorkerPage(browser, server);
    const outcome = await h.page.evaluate(async (places: Place[]) => {
      const api = (window as unknown as Record<string, WorkerPageApi>)['__cmWorkerPage'] as WorkerPageApi;
      const refused = api.createGeoparseClient([{ id: '', ar: [], en: [], kind: 'town' }]);
      const ready = await refused.ready.then(
        () => 'resolved',
        (e: Error) => e.message,
      );
      const request = await refused.geoparse('في طرابلس').then(
        () => 'resolved',
        (e: Error) => e.message,
      );
      refused.terminate();
      const client = api.createGeoparseClient(places, { postSize: 1000 });
      const progress: number[] = [];
      const small = await client.geoparse('في طرابلس\n\nوفي غريان', (p) => progress.push(p.done));
      const pending = client.geoparse('في طرابلس '.repeat(100_000));
      client.terminate();
      const terminated = await pending.then(
        () => 'resolved',
        (e: Error) => e.message,
      );
      const after = await client.geoparse('x').then(
        () => 'resolved',
        (e: Error) => e.message,
      );
      return { ready, request, small: small.matches.map((m) => `${m.paragraph}:${m.text}`), progress, terminated, after };
    }, fixture.places);
    expect(outcome).toEqual({
      ready: 'geoparse worker: init: places[0].id: expected a non-empty string, found ""',
      request: 'geoparse worker: init: places[0].id: expected a non-empty string, found ""',
      small: ['p1:طرابلس', 'p2:غريان'],
      progress: [20],
      terminated: 'geoparse worker terminated',
      after: 'geoparse worker terminated',
    });
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
});
