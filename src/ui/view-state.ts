import type { Lang } from '../core/types.ts';

/** What the reader is looking at; lives in the URL so a shared link reopens the same view. */
export interface ViewState {
  /** Article id. */
  article: string;
  lang: Lang;
  /** Selected place id, or null. */
  place: string | null;
  /** Selected inferred zone id (e.g. `zone-lna-half`), or null; exclusive with `place`. */
  zone: string | null;
  /** Place under the pointer (map or text), or null. Not in the URL. */
  hoverPlace: string | null;
  /** Paragraph under the pointer, or null. Not in the URL. */
  hoverParagraph: string | null;
}

/** The part of the view state kept in the URL hash. */
export type UrlState = Partial<Pick<ViewState, 'article' | 'lang' | 'place' | 'zone'>>;

const LANGS: readonly Lang[] = ['ar', 'en'];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Reads `#article=…&place=…&lang=…`. Unknown keys and malformed values are ignored, so a
 * hand-edited or hostile hash cannot inject anything: ids must be kebab-case.
 */
export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: UrlState = {};
  const article = params.get('article');
  if (article && ID.test(article)) out.article = article;
  const place = params.get('place');
  if (place && ID.test(place)) out.place = place;
  const zone = params.get('zone');
  if (zone && ID.test(zone)) out.zone = zone;
  const lang = params.get('lang');
  if (lang && (LANGS as string[]).includes(lang)) out.lang = lang as Lang;
  return out;
}

/** Writes the URL hash of a view: article, place (when selected) and language. */
export function formatHash(state: Pick<ViewState, 'article' | 'lang' | 'place'> & { zone?: string | null }): string {
  const params = new URLSearchParams();
  params.set('article', state.article);
  if (state.place) params.set('place', state.place);
  if (state.zone) params.set('zone', state.zone);
  params.set('lang', state.lang);
  return `#${params.toString()}`;
}
