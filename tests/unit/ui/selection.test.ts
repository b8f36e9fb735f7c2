import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/types.ts';
import {
  EMPTY_SELECTION,
  createSelectionController,
  updateSelection,
  type SelectionContext,
  type SelectionEvent,
  type SelectionState,
  type SelectionTargets,
} from '../../../src/ui/selection.ts';

/** The seed's southern front, enough for linking: two paragraphs, one zone. */
const MENTIONS: Record<string, Record<Lang, string[]>> = {
  p3: { ar: ['gharyan', 'tripoli'], en: ['gharyan', 'tripoli'] },
  p4: { ar: ['ain-zara', 'qasr-bin-ghashir', 'swani'], en: ['ain-zara', 'swani'] },
};
function context(options: { loaded?: boolean; zones?: boolean; lang?: Lang } = {}): SelectionContext {
  const { loaded = true, zones = true, lang = 'ar' } = options;
  return {
    lang,
    placeIds: loaded ? new Set(['ain-zara', 'gharyan', 'qasr-bin-ghashir', 'swani', 'tripoli']) : null,
    zonePlaces: loaded && zones ? new Map([['zone-lna-all', ['qasr-bin-ghashir', 'gharyan']]]) : null,
    paragraphPlaces: (paragraph, l) => MENTIONS[paragraph]?.[l] ?? [],
  };
}

/** A fake map, text, list, card and notice that record every call, in order. */
function fakeTargets(options: { map?: boolean } = {}): { targets: SelectionTargets; calls: string[]; attachMap: () => void } {
  const calls: string[] = [];
  const list = (ids: readonly string[]): string => `[${ids.join(',')}]`;
  const map = {
    setSelected: (id: string | null) => void calls.push(`map.setSelected ${id}`),
    setSelectedZone: (id: string | null) => void calls.push(`map.setSelectedZone ${id}`),
    setHighlighted: (ids: readonly string[]) => void calls.push(`map.setHighlighted ${list(ids)}`),
    flyTo: (id: string) => void calls.push(`map.flyTo ${id}`),
  };
  let attached = options.map ?? true;
  return {
    calls,
    attachMap: () => {
      attached = true;
    },
    targets: {
      map: () => (attached ? map : null),
      text: { setSelected: (ids, scroll) => void calls.push(`text.setSelected ${list(ids)}${scroll ? ' scroll' : ''}`), setHighlighted: (ids) => void calls.push(`text.setHighlighted ${list(ids)}`) },
      list: { setSelected: (id) => void calls.push(`list.setSelected ${id}`) },
      card: { show: (card) => void calls.push(`card.show ${card ? JSON.stringify(card) : null}`) },
      notice: { unknownPlace: (id) => void calls.push(`notice.unknownPlace ${id}`) },
    },
  };
}

/** A controller on a page that shows nothing selected yet, and the calls it makes from then on. */
function start(initial: SelectionState = EMPTY_SELECTION, ctx: () => SelectionContext = () => context()) {
  const fake = fakeTargets();
  const changes: Array<[SelectionState, SelectionEvent['type']]> = [];
  const controller = createSelectionController({ initial, context: ctx, targets: fake.targets, onChange: (state, _previous, event) => changes.push([state, event.type]) });
  controller.syncMap();
  controller.syncText(false);
  fake.calls.length = 0;
  return { controller, calls: fake.calls, changes };
}

describe('the selection controller', () => {
  it('a place clicked in the text is selected on the map, which flies there, in the list and the card, and the text scrolls to it', () => {
    const { controller, calls } = start();
    controller.dispatch({ type: 'select-place', place: 'gharyan', source: 'text' });
    expect(calls).toEqual([
      'map.setSelected gharyan',
      'text.setSelected [gharyan] scroll',
      'list.setSelected gharyan',
      'card.show {"place":"gharyan"}',
      'map.flyTo gharyan',
    ]);
  });

  it('a place clicked on the map is selected in the text (scrolled to) and the card, and the map does not move', () => {
    const { controller, calls } = start();
    controller.dispatch({ type: 'select-place', place: 'swani', source: 'map' });
    expect(calls).toContain('text.setSelected [swani] scroll');
    expect(calls).toContain('map.setSelected swani');
    expect(calls.some((c) => c.startsWith('map.flyTo'))).toBe(false);
  });

  it('clicking the selected place in the text again flies to it again, and changes nothing else', () => {
    const { controller, calls } = start({ ...EMPTY_SELECTION, place: 'gharyan' });
    controller.dispatch({ type: 'select-place', place: 'gharyan', source: 'text' });
    expect(calls).toEqual(['map.flyTo gharyan']);
  });

  it('a zone selects the places it was inferred from: highlighted on the map, selected in the text, its card shown; a place then replaces it', () => {
    const { controller, calls } = start();
    controller.dispatch({ type: 'select-zone', zone: 'zone-lna-all', source: 'map' });
    expect(calls).toEqual([
      'map.setSelectedZone zone-lna-all',
      'map.setHighlighted [qasr-bin-ghashir,gharyan]',
      'text.setSelected [qasr-bin-ghashir,gharyan] scroll',
      'card.show {"zone":"zone-lna-all"}',
    ]);
    calls.length = 0;
    controller.dispatch({ type: 'select-place', place: 'ain-zara', source: 'list' });
    expect(controller.get()).toMatchObject({ place: 'ain-zara', zone: null });
    expect(calls).toEqual([
      'map.setSelected ain-zara',
      'map.setSelectedZone null',
      'map.setHighlighted []',
      'text.setSelected [ain-zara] scroll',
      'list.setSelected ain-zara',
      'card.show {"place":"ain-zara"}',
      'map.flyTo ain-zara',
    ]);
  });

  it('hovering a paragraph highlights on the map the places it names in the language shown; hovering a place highlights it in the text', () => {
    const { controller, calls } = start(EMPTY_SELECTION, () => context({ lang: 'en' }));
    controller.dispatch({ type: 'hover-paragraph', paragraph: 'p4' });
    expect(calls).toEqual(['map.setHighlighted [ain-zara,swani]']);
    calls.length = 0;
    controller.dispatch({ type: 'hover-place', place: 'gharyan' });
    expect(calls).toEqual(['map.setHighlighted [gharyan,ain-zara,swani]', 'text.setHighlighted [gharyan]']);
    calls.length = 0;
    controller.dispatch({ type: 'hover-paragraph', paragraph: null });
    controller.dispatch({ type: 'hover-place', place: null });
    expect(calls).toEqual(['map.setHighlighted [gharyan]', 'map.setHighlighted []', 'text.setHighlighted []']);
  });

  it('Escape clears the place, then the zone', () => {
    const { controller } = start({ ...EMPTY_SELECTION, place: 'swani' });
    controller.dispatch({ type: 'escape' });
    expect(controller.get().place).toBeNull();
    controller.dispatch({ type: 'select-zone', zone: 'zone-lna-all', source: 'map' });
    controller.dispatch({ type: 'escape' });
    expect(controller.get().zone).toBeNull();
  });

  it('an unknown place is dropped with a notice, the map not moved', () => {
    const { controller, calls, changes } = start();
    controller.dispatch({ type: 'select-place', place: 'atlantis', source: 'host' });
    expect(calls).toEqual(['notice.unknownPlace atlantis']);
    expect(controller.get().place).toBeNull();
    expect(changes).toEqual([]);
  });

  it('a place asked for before the article is known is kept, then checked and shown (scrolled to) once it is', () => {
    let ctx = context({ loaded: false });
    const fake = fakeTargets({ map: false });
    const controller = createSelectionController({ initial: { ...EMPTY_SELECTION, place: 'gharyan', zone: null }, context: () => ctx, targets: fake.targets });
    controller.dispatch({ type: 'hover-place', place: 'swani' });
    expect(controller.get().place).toBe('gharyan');
    ctx = context();
    controller.dispatch({ type: 'context-changed' });
    expect(fake.calls).toContain('text.setSelected [gharyan] scroll');
    expect(fake.calls).toContain('card.show {"place":"gharyan"}');
    // The map was not there: its state is sent in full when it comes.
    expect(fake.calls.filter((c) => c.startsWith('map.'))).toEqual([]);
    fake.attachMap();
    controller.syncMap();
    expect(fake.calls.filter((c) => c.startsWith('map.'))).toEqual(['map.setSelected gharyan', 'map.setSelectedZone null', 'map.setHighlighted [swani]']);
  });

  it('a place of another article asked for by the URL is dropped with a notice when the article turns out not to have it', () => {
    let ctx = context({ loaded: false });
    const fake = fakeTargets();
    const controller = createSelectionController({ initial: { ...EMPTY_SELECTION, place: 'paris' }, context: () => ctx, targets: fake.targets });
    ctx = context();
    controller.dispatch({ type: 'context-changed' });
    expect(controller.get().place).toBeNull();
    expect(fake.calls[0]).toBe('notice.unknownPlace paris');
  });

  it('a zone asked for is kept until the zones file is known, then shown with its places, or dropped if the file has no such zone', () => {
    let ctx = context({ zones: false });
    const { controller, calls } = start({ ...EMPTY_SELECTION, zone: 'zone-lna-all' }, () => ctx);
    expect(controller.get().zone).toBe('zone-lna-all');
    ctx = context();
    controller.dispatch({ type: 'context-changed' });
    expect(calls).toEqual(['map.setHighlighted [qasr-bin-ghashir,gharyan]', 'text.setSelected [qasr-bin-ghashir,gharyan] scroll']);
    const other = start({ ...EMPTY_SELECTION, zone: 'zone-gna-half' }, () => ctx);
    other.controller.dispatch({ type: 'context-changed' });
    expect(other.controller.get().zone).toBeNull();
  });

  it('an event dispatched while commands are applied (a renderer answering synchronously) runs after the current one, in order', () => {
    const fake = fakeTargets();
    const seen: string[] = [];
    let controller: ReturnType<typeof createSelectionController> | null = null;
    const targets: SelectionTargets = {
      ...fake.targets,
      map: () => ({
        ...(fake.targets.map() as NonNullable<ReturnType<SelectionTargets['map']>>),
        setSelected: (id) => {
          seen.push(`select ${id} with state ${controller?.get().place}`);
          if (id === 'swani') controller?.dispatch({ type: 'hover-place', place: 'swani' });
        },
      }),
    };
    controller = createSelectionController({ initial: EMPTY_SELECTION, context: () => context(), targets, onChange: (state, _p, event) => seen.push(`change ${event.type} ${state.place} ${state.hoverPlace}`) });
    controller.dispatch({ type: 'select-place', place: 'swani', source: 'map' });
    expect(seen).toEqual(['select swani with state swani', 'change select-place swani null', 'change hover-place swani swani']);
  });
});

describe('updateSelection', () => {
  it('updateSelection(state, event, context) is pure: the same input gives the same output and the state is not changed', () => {
    const state: SelectionState = { ...EMPTY_SELECTION, place: 'swani' };
    const frozen = Object.freeze({ ...state });
    const a = updateSelection(frozen, { type: 'select-zone', zone: 'zone-lna-all', source: 'map' }, context());
    const b = updateSelection(frozen, { type: 'select-zone', zone: 'zone-lna-all', source: 'map' }, context());
    expect(a).toEqual(b);
    expect(frozen).toEqual(state);
    expect(a.state).toEqual({ ...EMPTY_SELECTION, zone: 'zone-lna-all' });
  });
});
