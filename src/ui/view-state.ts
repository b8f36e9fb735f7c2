import { parseIsoDay } from '../core/time/parse-iso-day.ts';
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
  /**
   * The date the map is shown as of (ISO), when the reader moved the timeline; null for the open
   * article's own date, the default (so an article's link stays what it was without a timeline).
   */
  date: string | null;
}

/**
 * The part of the view state kept in the URL hash, plus `paragraph`: a link into an article at a
 * paragraph (the place card's history), which the page scrolls to once and does not keep.
 */
export type UrlState = Partial<Pick<ViewState, 'article' | 'lang' | 'place' | 'zone' | 'date'>> & { paragraph?: string };

const LANGS: readonly Lang[] = ['ar', 'en'];
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A block id of an article (`p4`, `title`, `dateline`, `caption`). */
const BLOCK = /^[a-z][a-z0-9-]*$/;

/**
 * Reads `#article=…&place=…&lang=…&date=…&paragraph=…`. Unknown keys and malformed values are
 * ignored, so a hand-edited or hostile hash cannot inject anything: ids must be kebab-case and
 * the date a real calendar date (`YYYY-MM-DD`).
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
  const date = params.get('date');
  if (date && isCalendarDate(date)) out.date = date;
  const paragraph = params.get('paragraph');
  if (paragraph && BLOCK.test(paragraph)) out.paragraph = paragraph;
  return out;
}

function isCalendarDate(date: string): boolean {
  try {
    parseIsoDay(date);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the URL hash of a view: article, place (when selected), zone, paragraph (a link into the
 * text), language, and the date when the reader moved the timeline.
 */
export function formatHash(state: Pick<ViewState, 'article' | 'lang' | 'place'> & { zone?: string | null; date?: string | null; paragraph?: string | null }): string {
  const params = new URLSearchParams();
  params.set('article', state.article);
  if (state.place) params.set('place', state.place);
  if (state.zone) params.set('zone', state.zone);
  if (state.paragraph) params.set('paragraph', state.paragraph);
  params.set('lang', state.lang);
  if (state.date) params.set('date', state.date);
  return `#${params.toString()}`;
}
