import type { Lang } from '../core/types.ts';

/**
 * What the reader has selected and points at. One place or one zone is selected at a time; the
 * hover fields follow the pointer (map, list or text) and are not kept in the URL.
 */
export interface SelectionState {
  /** Selected place id, or null. */
  place: string | null;
  /** Selected inferred zone id, or null; exclusive with `place`. */
  zone: string | null;
  /** Place under the pointer, or null. */
  hoverPlace: string | null;
  /** Paragraph (block id) under the pointer, or null. */
  hoverParagraph: string | null;
}

/** The selection of nothing. */
export const EMPTY_SELECTION: Readonly<SelectionState> = Object.freeze({ place: null, zone: null, hoverPlace: null, hoverParagraph: null });

/** What the selection knows of the open article; null fields are not known yet. */
export interface SelectionContext {
  /** The language the text is shown in (a hovered paragraph highlights the places it names in it). */
  lang: Lang;
  /** Ids of the article's places, or null before they are loaded (any id is kept until then). */
  placeIds: ReadonlySet<string> | null;
  /** Place ids each zone was inferred from, by zone id, or null until the zones file has come or failed. */
  zonePlaces: ReadonlyMap<string, readonly string[]> | null;
  /** Ids of the places a paragraph mentions in a language. */
  paragraphPlaces(paragraph: string, lang: Lang): readonly string[];
}

/** Who asked for a selection: it decides whether the map moves and the text scrolls. */
export type SelectionSource = 'map' | 'text' | 'list' | 'card' | 'keyboard' | 'url' | 'host';

/** Something that happened to the selection. */
export type SelectionEvent =
  | { type: 'select-place'; place: string | null; source: SelectionSource }
  | { type: 'select-zone'; zone: string | null; source: SelectionSource }
  | { type: 'hover-place'; place: string | null }
  | { type: 'hover-paragraph'; paragraph: string | null }
  /** The article, its places or its zones arrived (or failed): ids can now be checked. */
  | { type: 'context-changed' }
  /** Escape: clears the place, or else the zone. */
  | { type: 'escape' };

/** What the map, the text, the lists and the card must show: the result of a state and a context. */
export interface SelectionView {
  mapSelected: string | null;
  mapZone: string | null;
  mapHighlighted: readonly string[];
  /** Places whose mentions the text marks as selected (the place, or the zone's places). */
  textSelected: readonly string[];
  /** Places whose mentions the text highlights (the hovered place). */
  textHighlighted: readonly string[];
  listSelected: string | null;
  /** What the card shows. */
  card: { place: string } | { zone: string } | null;
}

/** An instruction to one part of the page. */
export type SelectionCommand =
  | { target: 'map'; op: 'select'; place: string | null }
  | { target: 'map'; op: 'select-zone'; zone: string | null }
  | { target: 'map'; op: 'highlight'; places: readonly string[] }
  | { target: 'map'; op: 'fly-to'; place: string }
  | { target: 'text'; op: 'select'; places: readonly string[]; scroll: boolean }
  | { target: 'text'; op: 'highlight'; places: readonly string[] }
  | { target: 'list'; op: 'select'; place: string | null }
  | { target: 'card'; op: 'show'; card: SelectionView['card'] }
  | { target: 'notice'; op: 'unknown-place'; place: string };

/** The result of {@link updateSelection}. */
export interface SelectionUpdate {
  state: SelectionState;
  commands: SelectionCommand[];
}

/** Sources whose selection moves the map to the place: a click on the map does not. */
const FLY_FROM: ReadonlySet<SelectionSource> = new Set(['text', 'list', 'card', 'url', 'host']);

/**
 * What the page shows for a selection: the selected place on the map, in the lists and the card,
 * and its mentions in the text; or the selected zone on the map and the places it was inferred
 * from highlighted on the map and selected in the text. Hovering a place highlights it on the map
 * and in the text; hovering a paragraph highlights the places it names on the map.
 */
export function deriveSelectionView(state: SelectionState, context: SelectionContext): SelectionView {
  const zonePlaces = state.zone ? (context.zonePlaces?.get(state.zone) ?? []) : [];
  const fromParagraph = state.hoverParagraph ? context.paragraphPlaces(state.hoverParagraph, context.lang) : [];
  return {
    mapSelected: state.place,
    mapZone: state.zone,
    mapHighlighted: unique([...(state.hoverPlace ? [state.hoverPlace] : []), ...fromParagraph, ...zonePlaces]),
    textSelected: state.place ? [state.place] : zonePlaces,
    textHighlighted: state.hoverPlace ? [state.hoverPlace] : [],
    listSelected: state.place,
    card: state.place ? { place: state.place } : state.zone ? { zone: state.zone } : null,
  };
}

/**
 * The selection's one rule: from a state, an event and what is known of the article, the next
 * state and the commands that bring the map, the text, the lists and the card to it. Pure: it
 * touches nothing, so the page applies the commands and tests read them.
 *
 * - A place or zone id the article does not have is dropped (a place with a notice); ids are
 *   kept until the article's places (or zones) are known, then checked on `context-changed`.
 * - Selecting a place clears the zone and the reverse; selecting null clears only its own kind.
 * - Only what changed is sent, except that a new selection always scrolls the text to it, and a
 *   selection made anywhere but on the map also moves the map to the place.
 */
export function updateSelection(state: SelectionState, event: SelectionEvent, context: SelectionContext, previousView: Partial<SelectionView> = deriveSelectionView(state, context)): SelectionUpdate {
  const commands: SelectionCommand[] = [];
  let next: SelectionState = state;
  let scroll = false;
  let flyTo: string | null = null;
  switch (event.type) {
    case 'select-place':
      next = { ...state, place: event.place, ...(event.place ? { zone: null } : {}) };
      scroll = event.place !== state.place && event.place !== null;
      if (event.place && FLY_FROM.has(event.source)) flyTo = event.place;
      break;
    case 'select-zone':
      next = { ...state, zone: event.zone, ...(event.zone ? { place: null } : {}) };
      scroll = event.zone !== state.zone && event.zone !== null;
      break;
    case 'hover-place':
      next = { ...state, hoverPlace: event.place };
      break;
    case 'hover-paragraph':
      next = { ...state, hoverParagraph: event.paragraph };
      break;
    case 'escape':
      next = state.place ? { ...state, place: null } : state.zone ? { ...state, zone: null } : state;
      break;
    case 'context-changed':
      // The article or its zones arrived: what the URL asked for is shown, and scrolled to.
      scroll = true;
      break;
  }
  // Ids are checked as soon as what they refer to is known.
  if (next.place && context.placeIds && !context.placeIds.has(next.place)) {
    commands.push({ target: 'notice', op: 'unknown-place', place: next.place });
    next = { ...next, place: null };
    scroll = false;
    flyTo = null;
  }
  if (next.zone && context.zonePlaces && !context.zonePlaces.has(next.zone)) next = { ...next, zone: null };
  if (next.hoverPlace && context.placeIds && !context.placeIds.has(next.hoverPlace)) next = { ...next, hoverPlace: null };

  const view = deriveSelectionView(next, context);
  commands.push(...diffSelectionViews(previousView, view, scroll));
  // Once the article is known, its selection is scrolled to even if the text already marked it.
  if (event.type === 'context-changed' && view.textSelected.length > 0 && !commands.some((c) => c.target === 'text' && c.op === 'select')) {
    commands.push({ target: 'text', op: 'select', places: view.textSelected, scroll: true });
  }
  if (flyTo && (!context.placeIds || context.placeIds.has(flyTo))) commands.push({ target: 'map', op: 'fly-to', place: flyTo });
  return { state: next, commands };
}

/**
 * The commands that take the page from one view to another: one per part that differs, or that
 * `previous` does not know (all of them from `{}`). `scrollText` asks the text to scroll to its
 * new selection.
 */
export function diffSelectionViews(previous: Partial<SelectionView>, next: SelectionView, scrollText = false): SelectionCommand[] {
  const commands: SelectionCommand[] = [];
  const changed = <K extends keyof SelectionView>(key: K): boolean => !(key in previous) || !same(previous[key], next[key]);
  if (changed('mapSelected')) commands.push({ target: 'map', op: 'select', place: next.mapSelected });
  if (changed('mapZone')) commands.push({ target: 'map', op: 'select-zone', zone: next.mapZone });
  if (changed('mapHighlighted')) commands.push({ target: 'map', op: 'highlight', places: next.mapHighlighted });
  if (changed('textSelected')) commands.push({ target: 'text', op: 'select', places: next.textSelected, scroll: scrollText && next.textSelected.length > 0 });
  if (changed('textHighlighted')) commands.push({ target: 'text', op: 'highlight', places: next.textHighlighted });
  if (changed('listSelected')) commands.push({ target: 'list', op: 'select', place: next.listSelected });
  if (changed('card')) commands.push({ target: 'card', op: 'show', card: next.card });
  return commands;
}

/** The parts of the page a selection drives; the page wires them to the renderer, the panel and the card. */
export interface SelectionTargets {
  /** The map, once a renderer exists (null until then: its state is sent in full when it comes). */
  map: () => {
    setSelected(placeId: string | null): void;
    setSelectedZone(zoneId: string | null): void;
    setHighlighted(placeIds: readonly string[]): void;
    flyTo(placeId: string): void;
  } | null;
  text: { setSelected(placeIds: readonly string[], scroll: boolean): void; setHighlighted(placeIds: readonly string[]): void };
  list: { setSelected(placeId: string | null): void };
  card: { show(card: SelectionView['card']): void };
  notice: { unknownPlace(placeId: string): void };
}

/** A running selection: events in, the targets updated, changes reported. */
export interface SelectionController {
  get(): SelectionState;
  dispatch(event: SelectionEvent): void;
  /** Sends the whole view to the map (a renderer that just arrived, or swapped). */
  syncMap(): void;
  /** Sends the whole view to the text, lists and card (rebuilt for another language or article). */
  syncText(scroll: boolean): void;
  /** Starts over with a state (another article): nothing is sent until the next event or sync. */
  reset(state: SelectionState): void;
}

/**
 * Holds the selection and applies {@link updateSelection}'s commands to the page's parts. Events
 * are handled one at a time: one dispatched while commands are being applied (a renderer that
 * reports a click synchronously) waits for the current one to finish.
 */
export function createSelectionController(options: {
  initial: SelectionState;
  context: () => SelectionContext;
  targets: SelectionTargets;
  /** Called after a change of state, with the event that caused it. */
  onChange?: (state: SelectionState, previous: SelectionState, event: SelectionEvent) => void;
}): SelectionController {
  let state = options.initial;
  /** What the page shows now: what the commands sent so far (a part not sent yet is missing). */
  let shown: Partial<SelectionView> = {};
  const queue: SelectionEvent[] = [];
  let running = false;
  const apply = (commands: readonly SelectionCommand[]): void => {
    const { targets } = options;
    const map = targets.map();
    for (const c of commands) {
      if (c.target === 'map') {
        if (!map) continue;
        if (c.op === 'select') map.setSelected(c.place);
        else if (c.op === 'select-zone') map.setSelectedZone(c.zone);
        else if (c.op === 'highlight') map.setHighlighted(c.places);
        else map.flyTo(c.place);
      } else if (c.target === 'text') {
        if (c.op === 'select') targets.text.setSelected(c.places, c.scroll);
        else targets.text.setHighlighted(c.places);
      } else if (c.target === 'list') targets.list.setSelected(c.place);
      else if (c.target === 'card') targets.card.show(c.card);
      else targets.notice.unknownPlace(c.place);
    }
  };
  return {
    get: () => state,
    dispatch(event) {
      queue.push(event);
      if (running) return;
      running = true;
      try {
        for (let e = queue.shift(); e; e = queue.shift()) {
          const previous = state;
          const context = options.context();
          const update = updateSelection(state, e, context, shown);
          state = update.state;
          shown = deriveSelectionView(state, context);
          apply(update.commands);
          if (!sameState(previous, state)) options.onChange?.(state, previous, e);
        }
      } finally {
        running = false;
      }
    },
    syncMap() {
      const view = deriveSelectionView(state, options.context());
      shown = { ...shown, mapSelected: view.mapSelected, mapZone: view.mapZone, mapHighlighted: view.mapHighlighted };
      apply(diffSelectionViews({}, view).filter((c) => c.target === 'map'));
    },
    syncText(scroll) {
      const view = deriveSelectionView(state, options.context());
      shown = { ...shown, textSelected: view.textSelected, textHighlighted: view.textHighlighted, listSelected: view.listSelected, card: view.card };
      apply(diffSelectionViews({}, view, scroll).filter((c) => c.target !== 'map'));
    },
    reset(next) {
      state = next;
      shown = {};
    },
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

function sameState(a: SelectionState, b: SelectionState): boolean {
  return a.place === b.place && a.zone === b.zone && a.hoverPlace === b.hoverPlace && a.hoverParagraph === b.hoverParagraph;
}
