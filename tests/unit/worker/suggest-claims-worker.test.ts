// The worker's claim suggestions, without a browser: the handler the Web Worker runs, fed the
// messages a page sends. tests/e2e/geoparse-worker.test.ts runs the same in Chromium.
import { describe, expect, it } from 'vitest';
import { compileClaimReader, suggestClaimsInText } from '../../../src/core/claims/index.ts';
import { loadPartiesFile } from '../../../src/core/content/load-parties.ts';
import { splitPlainText } from '../../../src/core/content/split-plain-text.ts';
import { parseArticleMarkdown } from '../../../src/core/content/parse-article-markdown.ts';
import { createGeoparser } from '../../../src/core/geoparser/index.ts';
import { createWorkerHandler } from '../../../src/worker/create-worker-handler.ts';
import type { WorkerMessage } from '../../../src/worker/protocol.ts';
import { projectGazetteer, readProjectFile } from '../helpers/project.ts';

const gazetteer = projectGazetteer();
const { parties, sharedAliases } = loadPartiesFile({ path: 'content/parties.yaml', text: readProjectFile('content/parties.yaml') });
/** The seed's paragraphs as a plain text, one per blank-line block. */
const SEED_TEXT = parseArticleMarkdown({ path: 'ar.md', text: readProjectFile('content/haftar-macron-2019-05-13/ar.md') }).blocks.map((b) => b.text).join('\n\n');

function startWorker(): { send: (data: unknown) => void; messages: WorkerMessage[] } {
  const messages: WorkerMessage[] = [];
  const send = createWorkerHandler((m) => void messages.push(m), () => 0);
  return { send, messages };
}

describe('the worker: suggest-claims', () => {
  it('answers suggest-claims with the suggestions Node makes for the same text, evidence offsets into each paragraph', () => {
    const { send, messages } = startWorker();
    send({ type: 'init', places: gazetteer.places, parties, sharedAliases, region: gazetteer.region });
    // The text in two pieces, as the client sends a long one.
    send({ type: 'append', id: 7, text: SEED_TEXT.slice(0, 500) });
    send({ type: 'suggest-claims', id: 7, text: SEED_TEXT.slice(500) });
    const answer = messages.find((m) => m.type === 'claims');
    expect(answer?.type === 'claims' && answer.id).toBe(7);
    if (answer?.type !== 'claims') return;

    const blocks = splitPlainText(SEED_TEXT);
    const expected = suggestClaimsInText({ blocks, parser: createGeoparser(gazetteer.places), gazetteer, reader: compileClaimReader(parties, { sharedAliases }) });
    expect(answer.suggestions).toEqual(expected.suggestions);
    expect(answer.rejected).toEqual(expected.rejected);
    expect(answer.suggestions.map((s) => `${s.place} ${s.party}`)).toContain('wadi-al-rabi lna');
    for (const s of answer.suggestions) {
      const p = answer.paragraphs.find((x) => x.id === s.evidence.paragraph)!;
      expect(SEED_TEXT.slice(p.start + s.evidence.start, p.start + s.evidence.end)).toBe(s.evidence.quote);
    }
  });
  it('refuses suggest-claims before init with parties, and a malformed init, naming the field', () => {
    const { send, messages } = startWorker();
    send({ type: 'init', places: gazetteer.places.slice(0, 3) });
    send({ type: 'suggest-claims', id: 1, text: 'سيطر الجيش على غريان' });
    expect(messages.at(-1)).toEqual({ type: 'error', id: 1, message: 'suggest-claims: no parties yet: send { type: "init", places, parties } first' });
    send({ type: 'init', places: [], parties: [{ id: 'lna', aliases: { ar: 'حفتر' } }] });
    expect(messages.at(-1)).toEqual({ type: 'error', id: null, message: 'init: parties[0].aliases.ar: expected an array of strings, found "حفتر"' });
    send({ type: 'init', places: [], region: [1, 2, 3] });
    expect(messages.at(-1)).toEqual({ type: 'error', id: null, message: 'init: region: expected [west, south, east, north] in degrees, found [1,2,3]' });
    send({ type: 'suggest-claims', id: 'x', text: '' });
    expect(messages.at(-1)).toEqual({ type: 'error', id: null, message: 'suggest-claims: id: expected a safe integer, found "x"' });
  });
});
