import type { Feature } from 'geojson';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import type { Lang, Party } from '../core/types.ts';
import { h } from './dom.ts';
import { placeName } from './describe-place.ts';
import type { PlaceStyles } from '../render/place-styles.ts';
import { STRINGS } from './strings.ts';

/** Renders the card of a selected inferred zone: who, how much, and the places it comes from. */
export function renderZoneCard(
  container: HTMLElement,
  zone: Feature,
  context: { places: PlacesCollection; parties: readonly Party[]; lang: Lang; styles: PlaceStyles; onSelectPlace: (id: string) => void; onClose: () => void },
): void {
  const s = STRINGS[context.lang];
  const p = zone.properties ?? {};
  const label = (id: string): string => context.parties.find((x) => x.id === id)?.label[context.lang] ?? id;
  const who = p.status === 'contested' ? s.contestedBy((p.parties as string[]).map(label).join(context.lang === 'ar' ? ' و' : ', ')) : s.controlledBy(label(p.party as string));
  const extent = p.extent && p.extent !== 'all' ? ` (${s.extentNames[p.extent as 'most' | 'half' | 'part']})` : '';
  const close = h('button', { type: 'button', class: 'cm-card__close', 'aria-label': s.close }, '×');
  close.addEventListener('click', context.onClose);
  const list = h('ul', { class: 'cm-place-list__items' });
  for (const id of (p.place_ids as string[]) ?? []) {
    const place = context.places.features.find((f) => f.properties.id === id)?.properties;
    if (!place) continue;
    const button = h('button', { type: 'button', class: 'cm-place-list__button', 'data-place': id }, placeName(place, context.lang));
    button.addEventListener('click', () => context.onSelectPlace(id));
    list.append(h('li', {}, button));
  }
  container.replaceChildren(
    h('div', { class: 'cm-card__head' }, h('h2', { class: 'cm-card__title', id: 'cm-card-title' }, `${s.zone}: ${who}${extent}`), close),
    h('p', { class: 'cm-card__note' }, s.zoneNote(Number(p.area_km2 ?? 0))),
    h('h3', { class: 'cm-card__subtitle' }, s.inferredFrom),
    list,
  );
  container.hidden = false;
  container.setAttribute('aria-labelledby', 'cm-card-title');
}
