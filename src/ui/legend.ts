import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import type { Lang, Party } from '../core/types.ts';
import { h, svgNode } from './dom.ts';
import { describeStatus } from './describe-place.ts';
import type { PlaceStyles } from './place-styles.ts';
import { STRINGS, formatDate } from './strings.ts';

/**
 * The legend: what the map shows ("Control as reported by <outlet>, <date>") and one row per
 * symbol actually on the map, in the current language, plus the context layers.
 */
export function renderLegend(
  container: HTMLElement,
  input: { places: PlacesCollection; styles: PlaceStyles; parties: readonly Party[]; outlet: string; date: string; lang: Lang },
): void {
  const s = STRINGS[input.lang];
  const rows = new Map<string, string>();
  for (const f of input.places.features) {
    if (!f.properties.in_region) continue;
    const symbol = input.styles.byPlace.get(f.properties.id)?.symbol;
    if (symbol && !rows.has(symbol)) rows.set(symbol, describeStatus(f.properties, input.parties, input.lang));
  }
  const order = [...rows.keys()].sort();
  // The legend folds away (its state survives re-rendering), so small maps stay usable.
  const collapsed = container.dataset.collapsed === 'true';
  const toggle = h('button', { type: 'button', class: 'cm-legend__toggle', 'aria-expanded': String(!collapsed), 'aria-controls': 'cm-legend-body' }, s.legend);
  toggle.addEventListener('click', () => {
    container.dataset.collapsed = String(!(container.dataset.collapsed === 'true'));
    toggle.setAttribute('aria-expanded', String(container.dataset.collapsed !== 'true'));
    body.hidden = container.dataset.collapsed === 'true';
  });
  const body = h('div', { id: 'cm-legend-body', class: 'cm-legend__body', hidden: collapsed });
  container.replaceChildren(h('h2', { class: 'cm-legend__title', id: 'cm-legend-title' }, toggle), body);
  body.append(
    h('p', { class: 'cm-legend__source' }, s.reportedBy(input.outlet, formatDate(input.date, input.lang))),
    h(
      'ul',
      { class: 'cm-legend__list' },
      ...order.map((symbol) => h('li', { class: 'cm-legend__item', 'data-symbol': symbol }, svgNode(input.styles.svg(symbol, 16)), h('span', {}, rows.get(symbol) as string))),
      h('li', { class: 'cm-legend__item' }, h('span', { class: 'cm-legend__swatch cm-legend__swatch--centre', 'aria-hidden': 'true' }), h('span', {}, s.tripoliCentre)),
      h('li', { class: 'cm-legend__item' }, h('span', { class: 'cm-legend__swatch cm-legend__swatch--ring', 'aria-hidden': 'true' }), h('span', {}, s.distanceRings)),
      h('li', { class: 'cm-legend__item' }, h('span', { class: 'cm-legend__swatch cm-legend__swatch--precision', 'aria-hidden': 'true' }), h('span', {}, s.precisionCircle)),
    ),
  );
}
