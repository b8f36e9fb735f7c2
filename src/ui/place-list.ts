import type { PlacesCollection, PlaceProperties } from '../core/geojson/build-places-collection.ts';
import type { Lang, Party } from '../core/types.ts';
import { h, svgNode } from './dom.ts';
import { describeStatus, placeName } from './describe-place.ts';
import type { PlaceStyles } from '../render/place-styles.ts';

/**
 * Places in reading order (first mention in the original text), so every place on the canvas is
 * reachable with the keyboard: each is a button that selects it. Returns the ordered ids.
 */
export function readingOrder(places: PlacesCollection, blockOrder: readonly string[], originalLang: Lang): PlaceProperties[] {
  const first = (p: PlaceProperties): number => {
    const m = p.mentions.find((x) => x.lang === originalLang);
    return m ? blockOrder.indexOf(m.paragraph) * 1e6 + m.start : Number.MAX_SAFE_INTEGER;
  };
  return places.features.map((f) => f.properties).sort((a, b) => first(a) - first(b) || a.id.localeCompare(b.id));
}

/** A place's row as drawn, with what it shows, so a render changes only what differs. */
interface ListItem {
  li: HTMLLIElement;
  button: HTMLButtonElement;
  name: HTMLSpanElement;
  status: HTMLSpanElement;
  symbol: string;
}

/** What a list keeps between renders: its rows by place, and the latest handlers. */
interface ListState {
  list: HTMLUListElement;
  items: Map<string, ListItem>;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}
const lists = new WeakMap<HTMLElement, ListState>();

const setAttr = (el: Element, name: string, value: string): void => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};
const setText = (el: HTMLElement, value: string): void => {
  if (el.textContent !== value) el.textContent = value;
};

/**
 * Renders the list of places (in the region) or of places also mentioned (outside it). Rendered
 * again (the timeline does it on every move of its handle), a place keeps its button and only
 * what changed in it is written (status, symbol, words); the list's children are only moved
 * when its order changed.
 */
export function renderPlaceList(
  container: HTMLElement,
  items: readonly PlaceProperties[],
  context: { styles: PlaceStyles; parties: readonly Party[]; lang: Lang; selected: string | null; onSelect: (id: string) => void; onHover: (id: string | null) => void },
): void {
  let state = lists.get(container);
  if (!state || state.list.parentNode !== container) {
    state = { list: h('ul', { class: 'cm-place-list__items' }), items: new Map(), onSelect: context.onSelect, onHover: context.onHover };
    lists.set(container, state);
    container.replaceChildren(state.list);
  }
  const current = state;
  current.onSelect = context.onSelect;
  current.onHover = context.onHover;
  const next = new Map<string, ListItem>();
  const order: HTMLLIElement[] = [];
  const svgs = new Map<string, string>();
  for (const p of items) {
    const id = p.id;
    const style = context.styles.byPlace.get(id);
    let symbol = style ? svgs.get(style.symbol) : '';
    if (symbol === undefined && style) {
      symbol = context.styles.svg(style.symbol, 14);
      svgs.set(style.symbol, symbol);
    }
    symbol ??= '';
    const dataStatus = p.stale ? `${p.status} stale` : p.status;
    const name = placeName(p, context.lang);
    const status = describeStatus(p, context.parties, context.lang);
    const pressed = String(context.selected === id);
    let item = next.has(id) ? undefined : current.items.get(id);
    if (!item) {
      const nameEl = h('span', { class: 'cm-place-list__name' }, name);
      const statusEl = h('span', { class: 'cm-place-list__status' }, status);
      const button = h('button', { type: 'button', class: 'cm-place-list__button', 'data-place': id, 'data-status': dataStatus, 'aria-pressed': pressed }, symbol ? svgNode(symbol) : null, nameEl, statusEl);
      button.addEventListener('click', () => current.onSelect(id));
      button.addEventListener('mouseenter', () => current.onHover(id));
      button.addEventListener('mouseleave', () => current.onHover(null));
      button.addEventListener('focus', () => current.onHover(id));
      button.addEventListener('blur', () => current.onHover(null));
      item = { li: h('li', {}, button), button, name: nameEl, status: statusEl, symbol };
    } else {
      const { button } = item;
      setAttr(button, 'data-status', dataStatus);
      setAttr(button, 'aria-pressed', pressed);
      if (item.symbol !== symbol) {
        const old = button.firstElementChild instanceof SVGSVGElement ? button.firstElementChild : null;
        if (symbol && old) old.replaceWith(svgNode(symbol));
        else if (symbol) button.prepend(svgNode(symbol));
        else old?.remove();
        item.symbol = symbol;
      }
      setText(item.name, name);
      setText(item.status, status);
    }
    next.set(id, item);
    order.push(item.li);
  }
  current.items = next;
  const children = current.list.children;
  let same = children.length === order.length;
  for (let i = 0; same && i < order.length; i++) same = children[i] === order[i];
  if (!same) current.list.replaceChildren(...order);
}

/** Updates which list button is pressed without re-rendering. */
export function markSelectedInList(container: HTMLElement, placeId: string | null): void {
  for (const b of container.querySelectorAll<HTMLElement>('.cm-place-list__button')) b.setAttribute('aria-pressed', String(b.dataset.place === placeId));
}
