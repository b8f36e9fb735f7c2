import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import { formatNearest, nearestToCentre } from '../core/zones/index.ts';
import type { ZoneStyles } from '../render/zone-styles.ts';
import type { SiteCentre } from '../core/site-index.ts';
import type { Lang, Party } from '../core/types.ts';
import { h, svgNode } from './dom.ts';
import { describeBaseStatus } from './describe-place.ts';
import { DEFAULT_CONTROL_OPTIONS } from '../core/time/default-control-options.ts';
import type { PlaceStyles } from '../render/place-styles.ts';
import { STRINGS, formatDate } from './strings.ts';

/**
 * The legend: what the map shows and one row per symbol actually on the map, in the current
 * language, plus the context layers. What the map shows: "Control as reported by <outlet>,
 * <date>" for a site without a timeline (and "The map shows one article's report." when the site
 * has one article); with a timeline, "Control as reported up to <date>, from N articles", then
 * the open article ("This article: <outlet>, <date>").
 */
export function renderLegend(
  container: HTMLElement,
  input: {
    places: PlacesCollection;
    styles: PlaceStyles;
    parties: readonly Party[];
    outlet: string;
    date: string;
    lang: Lang;
    /** The inferred zones, with their toggle; null when the article has none. */
    zones: (ZoneStyles & { visible: boolean; onToggle: (visible: boolean) => void }) | null;
    /** The map's reference point (the site index's centre): distances are measured from it. */
    centre: SiteCentre;
    /** The date shown and how many articles have reported up to it, on a site with a timeline; null otherwise. */
    timeline?: { date: string; articles: number } | null;
    /** The site has this one article: the legend says the map shows one article's report. @defaultValue false */
    oneArticle?: boolean;
  },
): void {
  const s = STRINGS[input.lang];
  const rows = new Map<string, string>();
  for (const f of input.places.features) {
    if (!f.properties.in_region) continue;
    const symbol = input.styles.byPlace.get(f.properties.id)?.symbol;
    if (!symbol || rows.has(symbol)) continue;
    const words = describeBaseStatus(f.properties, input.parties, input.lang);
    rows.set(symbol, f.properties.stale ? `${words}${input.lang === 'ar' ? '؛ ' : '; '}${s.staleLegend(DEFAULT_CONTROL_OPTIONS.staleAfterDays).toLowerCase()}` : words);
  }
  const order = [...rows.keys()].sort();
  // The same legend as drawn (the timeline renders it on every move of its handle): kept as it is.
  const timelineIn = input.timeline ?? null;
  const facts = input.zones ? zoneFacts(input) : [];
  const signature = JSON.stringify([
    input.lang, input.outlet, input.date, input.oneArticle ?? false, timelineIn, input.centre.label[input.lang],
    order.map((symbol) => [symbol, rows.get(symbol), input.styles.svg(symbol, 16)]),
    input.zones ? [input.zones.visible, s.zonesLabel(input.zones.inferredFrom), facts] : null,
  ]);
  if (signatures.get(container) === signature && container.firstChild) return;
  signatures.set(container, signature);
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
  const timeline = input.timeline ?? null;
  body.append(
    timeline
      ? h('p', { class: 'cm-legend__source' }, s.reportedUpTo(formatDate(timeline.date, input.lang), timeline.articles))
      : h('p', { class: 'cm-legend__source' }, s.reportedBy(input.outlet, formatDate(input.date, input.lang))),
    ...(timeline ? [h('p', { class: 'cm-legend__article' }, s.thisArticle(input.outlet, formatDate(input.date, input.lang)))] : []),
    ...(!timeline && input.oneArticle ? [h('p', { class: 'cm-legend__note' }, s.oneArticle)] : []),
    h(
      'ul',
      { class: 'cm-legend__list' },
      ...order.map((symbol) => h('li', { class: 'cm-legend__item', 'data-symbol': symbol }, svgNode(input.styles.svg(symbol, 16)), h('span', {}, rows.get(symbol) as string))),
      h('li', { class: 'cm-legend__item' }, h('span', { class: 'cm-legend__swatch cm-legend__swatch--centre', 'aria-hidden': 'true' }), h('span', {}, input.centre.label[input.lang])),
      h('li', { class: 'cm-legend__item' }, h('span', { class: 'cm-legend__swatch cm-legend__swatch--ring', 'aria-hidden': 'true' }), h('span', {}, s.distanceRings)),
      h('li', { class: 'cm-legend__item' }, h('span', { class: 'cm-legend__swatch cm-legend__swatch--precision', 'aria-hidden': 'true' }), h('span', {}, s.precisionCircle)),
    ),
  );
  if (input.zones) body.append(renderZonesSection(input as typeof input & { zones: NonNullable<typeof input.zones> }, facts));
}

/** What the legend last drew in each container, to skip drawing it again unchanged. */
const signatures = new WeakMap<HTMLElement, string>();

/** The zones' facts: the nearest place each party holds to the centre, in words. */
function zoneFacts(input: Parameters<typeof renderLegend>[1]): string[] {
  const facts: string[] = [];
  for (const entry of nearestToCentre(input.places, input.centre.coordinates, input.parties.map((p) => p.id))) {
    const party = input.parties.find((p) => p.id === entry.party);
    const place = input.places.features.find((f) => f.properties.id === entry.place_id)?.properties;
    if (!party || !place) continue;
    facts.push(formatNearest(entry, party.name[input.lang], input.lang === 'ar' ? place.name_ar : place.name_en, input.centre.name[input.lang], input.lang));
  }
  return facts;
}

/** The zones part of the legend: the toggle, what the hatch and dashes mean, and the facts. */
function renderZonesSection(input: Parameters<typeof renderLegend>[1] & { zones: NonNullable<Parameters<typeof renderLegend>[1]['zones']> }, facts: readonly string[]): HTMLElement {
  const s = STRINGS[input.lang];
  const checkbox = h('input', { type: 'checkbox', class: 'cm-legend__zones-toggle', checked: input.zones.visible });
  checkbox.addEventListener('change', () => input.zones.onToggle(checkbox.checked));
  return h(
    'div',
    { class: 'cm-legend__zones' },
    h('label', { class: 'cm-legend__item' }, checkbox, h('span', {}, `${s.zones}: ${s.zonesLabel(input.zones.inferredFrom)}`)),
    h(
      'ul',
      { class: 'cm-legend__list' },
      h('li', { class: 'cm-legend__item' }, h('span', { class: 'cm-legend__swatch cm-legend__swatch--hatch', 'aria-hidden': 'true' }), h('span', {}, s.partialZone)),
      h('li', { class: 'cm-legend__item' }, h('span', { class: 'cm-legend__swatch cm-legend__swatch--front', 'aria-hidden': 'true' }), h('span', {}, s.frontLine)),
    ),
    ...(facts.length ? [h('ul', { class: 'cm-legend__facts' }, ...facts.map((f) => h('li', {}, f)))] : []),
  );
}
