import type { PlaceProperties } from '../core/geojson/build-places-collection.ts';
import type { Lang, Party } from '../core/types.ts';
import { CHANGE_NAMES, STRINGS } from './strings.ts';

/**
 * The status of a place in words, so it reads without colour: "Held by LNA (half)",
 * "Contested by LNA, GNA", "Named by the article without a control status".
 */
export function describeStatus(p: PlaceProperties, parties: readonly Party[], lang: Lang): string {
  const s = STRINGS[lang];
  const label = (id: string | null): string => parties.find((x) => x.id === id)?.label[lang] ?? id ?? '';
  if (p.status === 'contested') return s.contestedBy(p.parties.map(label).join(lang === 'ar' ? ' و' : ', '));
  if (p.status === 'control') {
    const extent = p.extent && p.extent !== 'all' ? ` (${s.extentNames[p.extent]})` : '';
    return `${s.controlledBy(label(p.party))}${extent}`;
  }
  return s.noClaim;
}

/** A claim's change in words. */
export function describeChange(change: string | null, lang: Lang): string {
  if (!change) return '';
  return CHANGE_NAMES[lang][change] ?? change;
}

/** The place's display name in a language. */
export function placeName(p: PlaceProperties, lang: Lang): string {
  return lang === 'ar' ? p.name_ar : p.name_en;
}
