import type { PlaceProperties } from '../core/geojson/build-places-collection.ts';
import type { ClaimEntry } from '../core/time/types.ts';
import type { Lang, Party } from '../core/types.ts';
import { h, svgNode } from './dom.ts';
import { describeBaseStatus, describeChange, describeStatus, placeName } from './describe-place.ts';
import { STRINGS, formatDate } from './strings.ts';

/** The place's history on a site with a timeline: every report on it, newest first. */
export interface CardHistory {
  /** From `listPlaceHistory`, newest first. */
  entries: readonly ClaimEntry[];
  /** The date the map shows, ISO: reports after it are marked as later. */
  date: string;
  /** The language of an article's original (its quotes are in it). */
  articleLang: (articleId: string) => Lang;
  /** The link to a report: its article, with the place selected, at the quote's paragraph. */
  href: (entry: ClaimEntry) => string;
  /** Follows a report's link (the page opens the article; a plain link would leave an embed). */
  onOpen: (entry: ClaimEntry) => void;
}

/**
 * Renders the selected place's card: name, status, extent, change, date, evidence, precision.
 * With a history (a site with a timeline), the card says when the place was last reported and
 * lists every report on it, newest first, each linking to its article at that paragraph, in place
 * of the open article's own evidence (which the history holds too).
 */
export function renderPlaceCard(
  container: HTMLElement,
  place: PlaceProperties | null,
  context: { parties: readonly Party[]; lang: Lang; symbolSvg: string; evidenceLang: Lang; onClose: () => void; history?: CardHistory | null },
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
  const history = context.history ?? null;
  const close = h('button', { type: 'button', class: 'cm-card__close', 'aria-label': s.close }, '×');
  close.addEventListener('click', context.onClose);
  const dl = h(
    'dl',
    { class: 'cm-card__facts' },
    ...row(s.status, describeStatus(place, parties, lang)),
    ...(place.extent ? row(s.extent, s.extentNames[place.extent]) : []),
    ...(place.change ? row(s.change, describeChange(place.change, lang)) : []),
    ...(place.as_of ? row(history ? s.lastReport : s.asOf, h('time', { datetime: place.as_of }, formatDate(place.as_of, lang))) : []),
    ...(history && place.since && place.since !== place.as_of ? row(s.since, h('time', { datetime: place.since }, formatDate(place.since, lang))) : []),
    ...(place.note ? row(s.note, place.note) : []),
    ...row(s.precision, s.precisionValue(place.precision_km, place.precision_code)),
    ...row(s.source, h('code', {}, place.source)),
  );
  container.replaceChildren(
    h('div', { class: 'cm-card__head' }, svgNode(context.symbolSvg), h('h2', { class: 'cm-card__title', id: 'cm-card-title' }, placeName(place, lang)), close),
    dl,
    ...(history
      ? history.entries.length > 0 ? [h('h3', { class: 'cm-card__subtitle' }, s.history), renderHistory(place, history, parties, lang)] : []
      : evidence.length > 0 ? [h('h3', { class: 'cm-card__subtitle' }, s.evidence), ...evidence] : []),
  );
  container.hidden = false;
  container.setAttribute('aria-labelledby', 'cm-card-title');
}

/** The reports on a place, newest first: date, status in words, outlet (linking to the article at the quote), quotes. */
function renderHistory(place: PlaceProperties, history: CardHistory, parties: readonly Party[], lang: Lang): HTMLElement {
  return h(
    'ol',
    { class: 'cm-card__history' },
    ...history.entries.map((entry) => {
      const link = h('a', { class: 'cm-card__report-link', href: history.href(entry), 'data-article': entry.article, 'data-paragraph': entry.evidence[0]?.paragraph ?? '' }, STRINGS[lang].openInArticle(entry.outlet[lang], formatDate(entry.article_date, lang)));
      link.addEventListener('click', (e) => {
        // A modified click opens a new tab as links do; a plain one opens the article here.
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        history.onOpen(entry);
      });
      const quoteLang = history.articleLang(entry.article);
      // Reports after the date shown are listed too (the place's whole history), marked as later.
      const later = entry.as_of > history.date;
      return h(
        'li',
        { class: `cm-card__report${later ? ' cm-card__report--later' : ''}`, 'data-as-of': entry.as_of, 'data-article': entry.article, 'data-place': place.id },
        h(
          'p',
          { class: 'cm-card__report-head' },
          h('time', { datetime: entry.as_of }, formatDate(entry.as_of, lang)),
          ' · ',
          describeBaseStatus({ ...entry, extent: entry.status === 'control' ? entry.extent : null }, parties, lang),
          later ? h('span', { class: 'cm-card__later' }, ` (${STRINGS[lang].laterReport})`) : null,
        ),
        h('p', { class: 'cm-card__report-source' }, link),
        ...entry.evidence.map((e) => h('blockquote', { class: 'cm-card__quote', lang: quoteLang, dir: quoteLang === 'ar' ? 'rtl' : 'ltr' }, e.quote)),
      );
    }),
  );
}
