import type { PlaceProperties } from '../core/geojson/build-places-collection.ts';
import type { Lang, Party } from '../core/types.ts';
import { h, svgNode } from './dom.ts';
import { describeChange, describeStatus, placeName } from './describe-place.ts';
import { STRINGS, formatDate } from './strings.ts';

/** Renders the selected place's card: name, status, extent, change, date, evidence, precision. */
export function renderPlaceCard(
  container: HTMLElement,
  place: PlaceProperties | null,
  context: { parties: readonly Party[]; lang: Lang; symbolSvg: string; evidenceLang: Lang; onClose: () => void },
): void {
  if (!place) {
    container.hidden = true;
    container.replaceChildren();
    return;
  }
  const { lang, parties } = context;
  const s = STRINGS[lang];
  const row = (label: string, value: Node | string): HTMLElement[] => [h('dt', {}, label), h('dd', {}, value)];
  const evidence = place.evidence.map((e) =>
    h('blockquote', { class: 'cm-card__quote', lang: context.evidenceLang, dir: context.evidenceLang === 'ar' ? 'rtl' : 'ltr', cite: `#cm-block-${e.paragraph}` }, e.quote),
  );
  const close = h('button', { type: 'button', class: 'cm-card__close', 'aria-label': s.close }, '×');
  close.addEventListener('click', context.onClose);
  const dl = h(
    'dl',
    { class: 'cm-card__facts' },
    ...row(s.status, describeStatus(place, parties, lang)),
    ...(place.extent ? row(s.extent, s.extentNames[place.extent]) : []),
    ...(place.change ? row(s.change, describeChange(place.change, lang)) : []),
    ...(place.as_of ? row(s.asOf, h('time', { datetime: place.as_of }, formatDate(place.as_of, lang))) : []),
    ...(place.note ? row(s.note, place.note) : []),
    ...row(s.precision, s.precisionValue(place.precision_km, place.precision_code)),
    ...row(s.source, h('code', {}, place.source)),
  );
  container.replaceChildren(
    h('div', { class: 'cm-card__head' }, svgNode(context.symbolSvg), h('h2', { class: 'cm-card__title', id: 'cm-card-title' }, placeName(place, lang)), close),
    dl,
    ...(evidence.length > 0 ? [h('h3', { class: 'cm-card__subtitle' }, s.evidence), ...evidence] : []),
  );
  container.hidden = false;
  container.setAttribute('aria-labelledby', 'cm-card-title');
}
