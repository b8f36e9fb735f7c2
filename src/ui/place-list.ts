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

/** Renders the list of places (in the region) or of places also mentioned (outside it). */
export function renderPlaceList(
  container: HTMLElement,
  items: readonly PlaceProperties[],
  context: { styles: PlaceStyles; parties: readonly Party[]; lang: Lang; selected: string | null; onSelect: (id: string) => void; onHover: (id: string | null) => void },
): void {
  const list = h('ul', { class: 'cm-place-list__items' });
  // Parsed once per symbol and cloned: the timeline redraws the lists on every move of its handle.
  const symbols = new Map<string, SVGSVGElement>();
  const symbolNode = (symbol: string): SVGSVGElement => {
    let node = symbols.get(symbol);
    if (!node) {
      node = svgNode(context.styles.svg(symbol, 14));
      symbols.set(symbol, node);
    }
    return node.cloneNode(true) as SVGSVGElement;
  };
  for (const p of items) {
    const style = context.styles.byPlace.get(p.id);
    const button = h(
      'button',
      { type: 'button', class: 'cm-place-list__button', 'data-place': p.id, 'data-status': p.stale ? `${p.status} stale` : p.status, 'aria-pressed': String(context.selected === p.id) },
      style ? symbolNode(style.symbol) : null,
      h('span', { class: 'cm-place-list__name' }, placeName(p, context.lang)),
      h('span', { class: 'cm-place-list__status' }, describeStatus(p, context.parties, context.lang)),
    );
    button.addEventListener('click', () => context.onSelect(p.id));
    button.addEventListener('mouseenter', () => context.onHover(p.id));
    button.addEventListener('mouseleave', () => context.onHover(null));
    button.addEventListener('focus', () => context.onHover(p.id));
    button.addEventListener('blur', () => context.onHover(null));
    list.append(h('li', {}, button));
  }
  container.replaceChildren(list);
}

/** Updates which list button is pressed without re-rendering. */
export function markSelectedInList(container: HTMLElement, placeId: string | null): void {
  for (const b of container.querySelectorAll<HTMLElement>('.cm-place-list__button')) b.setAttribute('aria-pressed', String(b.dataset.place === placeId));
}
