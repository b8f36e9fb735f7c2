import { describe, expect, it, vi } from 'vitest';
import { generateValidator, main } from '../../../src/cli/build-validators.ts';
import { validate } from '../../../src/embed/generated/validate-message.js';
import { createFrameMessage, createHostMessage } from '../../../src/embed/protocol.ts';
import { parseEmbedParams } from '../../../src/embed/embed-params.ts';

const state = { article: 'haftar-macron-2019-05-13', place: 'ain-zara', lang: 'ar' as const };

describe('the embed message validator', () => {
  it('is generated from the schema and committed up to date', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(main(['--check'])).toBe(0);
    expect(generateValidator()).not.toMatch(/\brequire\(/);
    vi.restoreAllMocks();
  });
  it('accepts every message of protocol v1', () => {
    const messages = [
      createHostMessage({ type: 'select-place', place: 'ain-zara' }),
      createHostMessage({ type: 'select-place', place: null }),
      createHostMessage({ type: 'set-language', lang: 'en' }),
      createHostMessage({ type: 'get-state', requestId: 'r1' }),
      createFrameMessage({ type: 'ready', state }),
      createFrameMessage({ type: 'place-selected', place: 'ain-zara', state }),
      createFrameMessage({ type: 'resize', height: 640 }),
      createFrameMessage({ type: 'state', state }),
    ];
    for (const m of messages) expect(validate(m), JSON.stringify(m)).toBe(true);
  });
  it('rejects malformed and unknown messages', () => {
    const bad: unknown[] = [
      null,
      'select-place',
      42,
      { type: 'select-place', place: 'ain-zara' },
      { protocol: 'conflict-map', version: 2, type: 'select-place', place: 'ain-zara' },
      { protocol: 'conflict-map', version: 1, type: 'select-place', place: '<img src=x onerror=alert(1)>' },
      { protocol: 'conflict-map', version: 1, type: 'select-place', place: 'ain-zara', extra: true },
      { protocol: 'conflict-map', version: 1, type: 'set-language', lang: 'fr' },
      { protocol: 'conflict-map', version: 1, type: 'destroy' },
      { protocol: 'conflict-map', version: 1, type: 'resize', height: -1 },
      { protocol: 'conflict-map', version: 1, type: 'select-place', place: 'a'.repeat(201) },
    ];
    for (const m of bad) expect(validate(m), JSON.stringify(m)).toBe(false);
  });
});

describe('parseEmbedParams', () => {
  it('reads article, place, language, panel, basemap and view', () => {
    expect(parseEmbedParams('?article=a-b&place=ain-zara&lang=en&panel=0&basemap=https://tiles.example/style.json&view=13.2,32.8,9')).toEqual({
      article: 'a-b', place: 'ain-zara', lang: 'en', panel: false, basemap: 'https://tiles.example/style.json', view: { center: [13.2, 32.8], zoom: 9 },
    });
  });
  it('ignores malformed values', () => {
    expect(parseEmbedParams('?article=<x>&place=A&lang=fr&basemap=javascript:alert(1)&view=500,1,2')).toEqual({ panel: true, basemap: null, view: null });
  });
});
