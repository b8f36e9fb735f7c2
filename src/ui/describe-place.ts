import type { PlaceProperties } from '../core/geojson/build-places-collection.ts';
import type { Lang, Party } from '../core/types.ts';
import { CHANGE_NAMES, STRINGS } from './strings.ts';

/**
 * The status of a place in words, so it reads without colour: "Held by LNA (half)",
 * "Contested by LNA, GNA", "Disputed between sources: LNA, GNA", "Named by the article without a
 * control status"; a stale one adds its age: "Held by LNA, last reported 342 days earlier".
 * In a view as of a date (`p.as_of`'s view has `days_since`), a place the article names without
 * any report up to that date says so.
 */
export function describeStatus(p: PlaceProperties, parties: readonly Party[], lang: Lang): string {
  const s = STRINGS[lang];
  const base = describeBaseStatus(p, parties, lang);
  if (p.stale && typeof p.days_since === 'number') return `${base}${lang === 'ar' ? '، ' : ', '}${s.lastReported(p.days_since)}`;
  return base;
}

/** The status without its age: the words of a legend row. */
export function describeBaseStatus(p: Pick<PlaceProperties, 'status' | 'party' | 'parties' | 'extent'> & { days_since?: number | null }, parties: readonly Party[], lang: Lang): string {
  const s = STRINGS[lang];
  const label = (id: string | null): string => parties.find((x) => x.id === id)?.label[lang] ?? id ?? '';
  const list = (ids: readonly string[]): string => ids.map(label).join(lang === 'ar' ? ' و' : ', ');
  if (p.status === 'contested') return s.contestedBy(list(p.parties));
  if (p.status === 'disputed') return s.disputedBy(list(p.parties));
  if (p.status === 'control') {
    const extent = p.extent && p.extent !== 'all' ? ` (${s.extentNames[p.extent]})` : '';
    return `${s.controlledBy(label(p.party))}${extent}`;
  }
  // `days_since` is null (not absent) only in a view as of a date: nothing reported yet.
  return p.days_since === null ? s.noReportYet : s.noClaim;
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
