import type { Extent, Lang, PlaceKind, PrecisionCode } from '../core/types.ts';

/** The article's metadata, as the form holds it (front matter of the original). */
export interface DraftMeta {
  /** Article id: the folder's name, kebab-case. */
  id: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  outletAr: string;
  outletEn: string;
  /** Language of the text (the original): sets its direction. */
  language: Lang;
  /** Link to the original; optional. */
  url: string;
}

/** A quote of the text: a paragraph's exact words and where they are (UTF-16 offsets, end exclusive). */
export interface DraftEvidence {
  paragraph: string;
  quote: string;
  start: number;
  end: number;
}

/** A claim the reporter accepted (from a suggestion) or made (from a selection). */
export interface DraftClaim {
  /** Stable key: the suggestion's, or `manual-N`. */
  key: string;
  origin: 'suggested' | 'manual';
  place: string;
  status: 'control' | 'contested';
  party?: string;
  parties?: string[];
  extent: Extent;
  change: string;
  /** `YYYY-MM-DD`, or empty for the article's date. */
  asOf: string;
  note: string;
  /** Who says so, in the text's words; written when claims.yaml's format has `attributed_to`. */
  attributedTo?: string;
  evidence: DraftEvidence[];
}

/** A place the reporter adds to the gazetteer for this article (the export's gazetteer-addition.yaml). */
export interface DraftPlace {
  id: string;
  ar: string[];
  en: string[];
  lat: number;
  lon: number;
  kind: PlaceKind;
  admin: string;
  precisionKm: number;
  precisionCode: PrecisionCode;
  /** A checkable source id (`osm:node/…`), or empty for a point set by hand (`manual:<article>`). */
  source: string;
  note: string;
}

/** Everything the reporter has done: what is saved locally and restored on reload. */
export interface Draft {
  version: 1;
  meta: DraftMeta;
  /** The editor's text: plain paragraphs, or `## id` blocks. */
  text: string;
  claims: DraftClaim[];
  /** Suggestions rejected, by key: their cards are not shown again. */
  rejected: string[];
  additions: DraftPlace[];
  /** Language of the page's own words. */
  uiLang: Lang;
}

/** A new, empty draft (Arabic first). */
export function createEmptyDraft(uiLang: Lang = 'ar'): Draft {
  return {
    version: 1,
    meta: { id: '', title: '', date: '', outletAr: '', outletEn: '', language: 'ar', url: '' },
    text: '',
    claims: [],
    rejected: [],
    additions: [],
    uiLang,
  };
}

/**
 * Reads a stored draft back, keeping what is well-formed: a draft saved by an older page, or
 * damaged, never breaks the page. Returns null when it is not a draft at all.
 */
export function readStoredDraft(value: unknown): Draft | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Draft>;
  if (v.version !== 1 || typeof v.text !== 'string' || typeof v.meta !== 'object' || v.meta === null) return null;
  const empty = createEmptyDraft();
  const meta = { ...empty.meta };
  for (const key of Object.keys(meta) as Array<keyof DraftMeta>) {
    const found = (v.meta as unknown as Record<string, unknown>)[key];
    if (typeof found === 'string') (meta as Record<string, string>)[key] = found;
  }
  if (meta.language !== 'ar' && meta.language !== 'en') meta.language = 'ar';
  const isObject = (x: unknown): boolean => typeof x === 'object' && x !== null;
  return {
    version: 1,
    meta,
    text: v.text,
    claims: Array.isArray(v.claims) ? v.claims.filter((c) => isObject(c) && typeof c.place === 'string' && Array.isArray(c.evidence)) : [],
    rejected: Array.isArray(v.rejected) ? v.rejected.filter((k) => typeof k === 'string') : [],
    additions: Array.isArray(v.additions) ? v.additions.filter((p) => isObject(p) && typeof p.id === 'string' && Number.isFinite(p.lat) && Number.isFinite(p.lon)) : [],
    uiLang: v.uiLang === 'en' ? 'en' : 'ar',
  };
}
