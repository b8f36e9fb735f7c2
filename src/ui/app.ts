import type { FeatureCollection } from 'geojson';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import type { SiteIndex } from '../core/site-index.ts';
import { computeControlAsOf } from '../core/time/compute-control-as-of.ts';
import { createControlIndex, type ControlIndex } from '../core/time/create-control-index.ts';
import { findReportDate } from '../core/time/list-report-dates.ts';
import { listPlaceHistory } from '../core/time/list-place-history.ts';
import { listPlaceDetails, mergeControlIntoPlaces, type PlaceDetails } from '../core/time/merge-control-into-places.ts';
import { formatIsoDay, parseIsoDay } from '../core/time/parse-iso-day.ts';
import { timelineRange, type TimelineRange } from '../core/time/timeline-range.ts';
import type { ClaimEntry } from '../core/time/types.ts';
import { serializeGeoJson } from '../core/geojson/serialize-geojson.ts';
import type { Lang } from '../core/types.ts';
import { createPlaceStyles, type PlaceStyles } from '../render/place-styles.ts';
import { createZoneStyles, type ZoneStyles } from '../render/zone-styles.ts';
import type { PlaceRenderer, RendererFactory } from '../map/renderer.ts';
import { afterFirstPaint } from '../map/progressive-renderer.ts';
import { ATTRIBUTIONS } from '../map/style.ts';
import { createArticlePanel } from './article-panel.ts';
import { loadArticle, type LoadedArticle } from './article-loader.ts';
import { LoadError, dataUrls, loadBasemap, loadClaims, loadIndex, loadZones, type InlinePageData } from './data.ts';
import { h } from './dom.ts';
import { computeCameraPadding, visibleRect, type Rect } from './camera-padding.ts';
import { wireHeaderActions } from './header-actions.ts';
import { createLayout, type Layout } from './layout.ts';
import { renderLegend } from './legend.ts';
import { renderPlaceCard } from './place-card.ts';
import { markSelectedInList, readingOrder, renderPlaceList } from './place-list.ts';
import { EMPTY_SELECTION, createSelectionController, type SelectionContext, type SelectionEvent, type SelectionSource, type SelectionView } from './selection.ts';
import { createStore, type StoreMeta } from './store.ts';
import { STRINGS, formatDate, formatMonth } from './strings.ts';
import { createTimeline, type Timeline } from './timeline.ts';
import { syncUrl } from './url-sync.ts';
import { formatHash, parseHash, type UrlState, type ViewState } from './view-state.ts';
import { renderZoneCard } from './zone-card.ts';

export type { RendererFactory };

/** Options of {@link startApp}. */
export interface AppOptions {
  /** Element the page is built in. */
  root: HTMLElement;
  /** URL the `data/` folder resolves against. */
  base: string;
  createRenderer: RendererFactory;
  /** Element that receives `data-map-ready` once every place is drawn. @defaultValue document.body */
  readyTarget?: HTMLElement;
  /** Initial article, place and language; the URL hash wins when `url` is on. @defaultValue {} */
  initial?: UrlState;
  /** Keep the view in the URL hash, with history entries. @defaultValue true */
  url?: boolean;
  /** Set `<html lang dir>` and the document title (the full page, not an embed). @defaultValue true */
  ownsDocument?: boolean;
  /** Show the article text. @defaultValue true */
  panel?: boolean;
  /** Layout for embeds: map above a compact panel, sized by its width, not the viewport. @defaultValue false */
  compact?: boolean;
  /** URL of the full page, for the embed's "open full map" link; null hides the link. @defaultValue null */
  fullPageUrl?: string | null;
  /** Called after every change of article, place or language. */
  onChange?: (state: PublicState, meta: StoreMeta) => void;
  /** Called once the first article's places are drawn. */
  onReady?: (state: PublicState) => void;
  /**
   * The default article's data as the page's HTML carries it (`readInlinePageData`), used instead
   * of fetching the same three files; an error is shown and the files are fetched. @defaultValue null
   */
  pageData?: InlinePageData | LoadError | null;
}

/** What embeds and host pages see of the view. */
export type PublicState = Pick<ViewState, 'article' | 'place' | 'lang'>;

/** Controls a running app: what embeds and host pages use. */
export interface AppHandle {
  getState(): PublicState;
  /** Selects a place (null clears); unknown ids show a notice. */
  select(placeId: string | null, meta?: StoreMeta): void;
  setLang(lang: Lang, meta?: StoreMeta): void;
  setArticle(articleId: string, meta?: StoreMeta): void;
  destroy(): void;
}

const APP_DEFAULTS = { initial: {}, url: true, ownsDocument: true, panel: true, compact: false, fullPageUrl: null, pageData: null };

/** Narrow screens (phones) start with the legend folded: open, it would cover most of the map. */
const NARROW_SCREEN = '(max-width: 640px)';

/**
 * Starts the page: loads the site index, the article and its places, builds the layout, and
 * links the map and the text both ways through the selection controller (src/ui/selection.ts).
 * The view (article, language, selection) lives in one store that the URL and the host page
 * observe; nothing that observes it changes it. A newer article load cancels the one before
 * (AbortController). Failures show a message and keep whatever still works.
 */
export async function startApp(appOptions: AppOptions): Promise<AppHandle> {
  const options = { ...APP_DEFAULTS, ...appOptions };
  const layout = createLayout(options.root, { panel: options.panel, compact: options.compact });
  // The credits are the same in either language: written once.
  renderFooter(layout);
  if (options.compact || (typeof window.matchMedia === 'function' && window.matchMedia(NARROW_SCREEN).matches)) layout.legend.dataset.collapsed = 'true';
  const readyTarget = options.readyTarget ?? document.body;
  const urls = dataUrls(options.base);
  const fromUrl: UrlState = { ...options.initial, ...(options.url ? parseHash(window.location.hash) : {}) };
  const initialLang: Lang = fromUrl.lang ?? 'ar';
  applyLang(layout, initialLang, options.ownsDocument);
  const cleanups: Array<() => void> = [];

  // Started before the index arrives: the map needs it whatever the article.
  const basemapPromise = loadBasemap(urls.basemap);
  basemapPromise.catch(() => undefined);
  const inline = options.pageData instanceof LoadError ? null : options.pageData;
  let index: SiteIndex;
  try {
    index = inline?.index ?? (await loadIndex(urls.index));
  } catch (error) {
    showError(layout, initialLang, error);
    return { getState: () => ({ article: fromUrl.article ?? '', place: null, lang: initialLang }), select: () => undefined, setLang: () => undefined, setArticle: () => undefined, destroy: () => options.root.replaceChildren() };
  }
  const notices: string[] = [];
  const errors: string[] = options.pageData instanceof LoadError ? [`${STRINGS[initialLang].loadError}: ${describeError(options.pageData)}`] : [];
  const showNotices = (): void => {
    layout.notice.replaceChildren(...notices.map((n) => h('p', {}, n)), ...errors.map((e) => h('p', { class: 'cm-notice__error', role: 'alert' }, e)));
    layout.notice.hidden = notices.length + errors.length === 0;
  };
  // Load failures stay on screen with the other notices, each once.
  const reportError = (error: unknown): void => {
    const text = `${STRINGS[store.get().lang].loadError}: ${describeError(error)}`;
    if (!errors.includes(text)) errors.push(text);
    showNotices();
  };
  let articleId = fromUrl.article ?? index.default_article;
  if (!index.articles.some((a) => a.id === articleId)) {
    notices.push(STRINGS[initialLang].unknownArticle(articleId));
    articleId = index.default_article;
  }

  // --- Control over time ------------------------------------------------------------------
  // With two report dates or more the page has a timeline (README, "The timeline on the page"):
  // the map shows control as of a date, across every article, and opens on the article's date.
  const range: TimelineRange | null = index.report_dates.length >= 2 ? timelineRange(index.report_dates, index.articles.map((a) => a.date)) : null;
  /** The date an article opens on: its own, brought into the timeline's range; null without a timeline. */
  const articleDay = (id: string): string | null => (range ? range.clamp(index.articles.find((a) => a.id === id)?.date ?? range.last) : null);
  /** The date the map shows (moves with the handle, every frame); null without a timeline. */
  let viewDate: string | null = range ? range.clamp(fromUrl.date ?? (articleDay(articleId) as string)) : null;
  /** What the store and the URL keep of a date: nothing when it is the article's own (the default). */
  const storedDate = (id: string, date: string | null): string | null => (date && date !== articleDay(id) ? date : null);
  /** A link into the text at a paragraph, scrolled to once the article is shown. */
  let pendingParagraph: string | null = fromUrl.paragraph ?? null;

  // The place or zone the URL asked for is kept from the start, and checked once the article is known.
  const initialSelection = { ...EMPTY_SELECTION, place: fromUrl.place ?? null, zone: fromUrl.place ? null : (fromUrl.zone ?? null) };
  const store = createStore<ViewState>({ article: articleId, lang: initialLang, ...initialSelection, date: storedDate(articleId, viewDate) });
  const publicState = (): PublicState => {
    const { article, place, lang } = store.get();
    return { article, place, lang };
  };
  let current: LoadedArticle | null = null;
  let renderer: PlaceRenderer | null = null;
  let load: AbortController | null = null;
  let zonesVisible = true;
  let announcedReady = false;

  /** Every claim, indexed for "as of" questions, and the details of every claimed place. */
  interface ControlData {
    index: ControlIndex;
    details: ReadonlyMap<string, PlaceDetails>;
  }
  let control: ControlData | null = null;
  let timeline: Timeline | null = null;
  // Started at once: the first view of a site with a timeline is control as of the article's date.
  const controlReady: Promise<ControlData | null> = range
    ? loadClaims(urls.claims).then(
        (file) => {
          const claimsIndex = createControlIndex(file);
          control = { index: claimsIndex, details: listPlaceDetails(claimsIndex) };
          return control;
        },
        (error: unknown) => {
          // Without the claims the page shows each article's own report, as a site without a timeline does.
          reportError(error instanceof RangeError ? new LoadError(urls.claims, error.message) : error);
          viewDate = null;
          timeline?.destroy();
          timeline = null;
          layout.timeline.hidden = true;
          return null;
        },
      )
    : Promise.resolve(null);

  /**
   * What the map, the lists and the legend show: the article's own places, or (with a timeline)
   * control as of the date shown merged into them (`mergeControlIntoPlaces`).
   */
  interface Shown {
    places: PlacesCollection;
    styles: PlaceStyles;
    /** The date shown, or null: the article's own report. */
    date: string | null;
  }
  let shown: Shown | null = null;
  const makeShown = (loaded: LoadedArticle): Shown => {
    if (!control || !viewDate) return { places: loaded.places, styles: loaded.styles, date: null };
    const places = mergeControlIntoPlaces({ control: computeControlAsOf(control.index, viewDate), places: loaded.places, details: control.details });
    return { places, styles: createPlaceStyles(places, loaded.article.parties), date: viewDate };
  };
  /** The zones of the report date in force (a site with a timeline), once their file has come or failed. */
  let datedZones: { reportDate: string | null; zones: ZoneStyles | null } | null = null;
  const shownZones = (): ZoneStyles | null => (shown?.date ? (datedZones?.zones ?? null) : (current?.zones ?? null));
  const zonesSettled = (): boolean => (shown?.date ? datedZones !== null : (current?.zonesSettled ?? false));

  // --- The selection ---------------------------------------------------------------------
  let context: SelectionContext = { lang: initialLang, placeIds: null, zonePlaces: null, paragraphPlaces: () => [] };
  /** What the selection knows of the article: rebuilt when the article, its zones or the language change. */
  const updateContext = (): void => {
    const loaded = current;
    const lang = store.get().lang;
    if (!loaded) {
      context = { lang, placeIds: null, zonePlaces: null, paragraphPlaces: () => [] };
      return;
    }
    const zonePlaces = zonesSettled()
      ? new Map((shownZones()?.zones.features ?? []).filter((f) => f.properties?.kind === 'zone').map((f) => [String(f.id), [...((f.properties?.place_ids as string[] | undefined) ?? [])]]))
      : null;
    context = {
      lang,
      // Every place shown: the article's, and on a timeline those other articles report.
      placeIds: new Set((shown?.places ?? loaded.places).features.map((f) => f.properties.id)),
      zonePlaces,
      paragraphPlaces: (paragraph, l) => loaded.places.features.filter((f) => f.properties.mentions.some((m) => m.paragraph === paragraph && m.lang === l)).map((f) => f.properties.id),
    };
  };
  const panel = createArticlePanel(layout.panel, {
    select: (id) => selection.dispatch({ type: 'select-place', place: id, source: 'text' }),
    hoverPlace: (id) => selection.dispatch({ type: 'hover-place', place: id }),
    hoverParagraph: (id) => selection.dispatch({ type: 'hover-paragraph', paragraph: id }),
  });
  const selectionMeta = (event: SelectionEvent): StoreMeta => ({ source: 'source' in event && (event.source === 'url' || event.source === 'host') ? event.source : 'user' });
  const selection = createSelectionController({
    initial: initialSelection,
    context: () => context,
    targets: {
      map: () => renderer,
      text: { setSelected: (ids, scroll) => panel.setSelected(ids, scroll), setHighlighted: (ids) => panel.setHighlighted(ids) },
      list: {
        setSelected: (id) => {
          markSelectedInList(layout.placeList, id);
          markSelectedInList(layout.alsoList, id);
        },
      },
      card: { show: (card) => renderCard(card) },
      notice: {
        unknownPlace: (id) => {
          notices.push(STRINGS[store.get().lang].unknownPlace(id));
          showNotices();
        },
      },
    },
    onChange: (state, _previous, event) => store.set(state, selectionMeta(event)),
  });
  const selectPlace = (place: string | null, source: SelectionSource): void => selection.dispatch({ type: 'select-place', place, source });

  // --- Rendering -------------------------------------------------------------------------
  const fullPage = (state: PublicState & { paragraph?: string | null }): string => `${options.fullPageUrl ?? ''}${formatHash(state)}`;
  const hrefFor = (placeId: string): string => fullPage({ ...publicState(), place: placeId });

  /** The header: what the page's HTML skeleton already shows. */
  const renderChrome = (): void => {
    if (!current) return;
    const { lang } = store.get();
    const s = STRINGS[lang];
    applyLang(layout, lang, options.ownsDocument);
    const text = current.article.texts.find((t) => t.lang === lang) ?? current.article.texts[0];
    layout.title.textContent = text?.title ?? '';
    if (options.ownsDocument) document.title = `${text?.title ?? ''} — ${s.appTitle}`;
    if (options.fullPageUrl !== null) {
      layout.fullPageLink.hidden = false;
      layout.fullPageLink.textContent = s.openFullMap;
      layout.fullPageLink.href = fullPage(publicState());
    }
    layout.articleSelectLabel.textContent = s.articles;
    layout.articleSelect.replaceChildren(...index.articles.map((a) => h('option', { value: a.id, selected: a.id === store.get().article }, a.titles[lang] ?? a.titles[a.language] ?? a.id)));
    layout.articleSelect.hidden = index.articles.length < 2;
    layout.geojsonLink.textContent = s.downloadGeojson;
    updateDownload();
    layout.pngButton.textContent = s.downloadPng;
    layout.embedButton.textContent = s.embed;
    // The map area is a labelled region; the maps inside carry their own names (the static map's
    // SVG and MapLibre's canvas are images). A label on #cm-map itself, a div without a role, is
    // not allowed (aria-prohibited-attr).
    layout.mapArea.setAttribute('aria-label', s.map);
  };

  /**
   * The GeoJSON download: with a date shown, control as of that date by the rule
   * (`computeControlAsOf`, what `npm run control -- --as-of` prints), as a file made in the page;
   * otherwise the article's places file. The file of a date is made when the link is about to be
   * used (pointer over it, focus, click: its listeners run before the browser follows it), not at
   * every move of the handle.
   */
  let download: { date: string; url: string } | null = null;
  const updateDownload = (): void => {
    if (!current) return;
    const date = shown?.date ?? null;
    if (date && control) {
      layout.geojsonLink.setAttribute('download', `control-as-of-${date}.geojson`);
      // Until the file of the date is made, the link keeps a real address (it stays a link, in the
      // tab order); every way of using it (pointer, focus, Enter, a context menu) makes the file first.
      layout.geojsonLink.href = download?.date === date ? download.url : urls.places(current.article.id);
    } else {
      layout.geojsonLink.href = urls.places(current.article.id);
      layout.geojsonLink.setAttribute('download', `${current.article.id}.geojson`);
    }
  };
  const prepareDownload = (): void => {
    const date = shown?.date ?? null;
    if (!date || !control || download?.date === date) return;
    if (download) URL.revokeObjectURL(download.url);
    download = { date, url: URL.createObjectURL(new Blob([serializeGeoJson(computeControlAsOf(control.index, date))], { type: 'application/geo+json' })) };
    layout.geojsonLink.href = download.url;
  };
  for (const type of ['pointerenter', 'pointerdown', 'focus', 'click', 'contextmenu'] as const) layout.geojsonLink.addEventListener(type, prepareDownload);

  /** The article's text, the lists of places and the legend; the selection marks them after. */
  const renderBody = (): void => {
    if (!current || !shown) return;
    const { lang } = store.get();
    const loaded = current;
    panel.render(loaded.article, loaded.places, lang, colourMap(shown.styles), hrefFor);
    renderLists();
    renderLegendNow();
  };

  const colourMap = (styles: PlaceStyles): Map<string, string> => new Map([...styles.byPlace].map(([id, st]) => [id, st.colour]));

  /**
   * The lists beside the map, so every place drawn is reachable by keyboard: the article's places
   * in the region, in reading order; on a timeline, the places other articles report as of the
   * date; the article's places outside the region.
   */
  const renderLists = (): void => {
    if (!current || !shown) return;
    const { lang } = store.get();
    const s = STRINGS[lang];
    const loaded = current;
    const view = shown;
    const ordered = readingOrder(view.places, loaded.article.texts[0]?.blocks.map((b) => b.id) ?? [], loaded.article.language);
    const listContext = {
      styles: view.styles,
      parties: loaded.article.parties,
      lang,
      selected: selection.get().place,
      onSelect: (id: string) => selectPlace(id, 'list'),
      onHover: (id: string | null) => selection.dispatch({ type: 'hover-place', place: id }),
    };
    const named = ordered.filter((p) => p.mentions.length > 0);
    layout.placeListTitle.textContent = s.places;
    renderPlaceList(layout.placeList, named.filter((p) => p.in_region), listContext);
    const others = ordered.filter((p) => p.mentions.length === 0);
    layout.otherTitle.textContent = view.date ? s.otherPlaces(formatDate(view.date, lang)) : '';
    layout.other.hidden = others.length === 0;
    renderPlaceList(layout.otherList, others, listContext);
    const outside = named.filter((p) => !p.in_region);
    layout.alsoTitle.textContent = s.alsoMentioned;
    layout.also.hidden = outside.length === 0;
    renderPlaceList(layout.alsoList, outside, listContext);
  };

  const renderLegendNow = (): void => {
    if (!current || !shown) return;
    const lang = store.get().lang;
    const zones = shownZones();
    renderLegend(layout.legend, {
      places: shown.places,
      styles: shown.styles,
      parties: current.article.parties,
      outlet: current.article.outlet[lang],
      date: current.article.date,
      lang,
      zones: zones
        ? {
            ...zones,
            visible: zonesVisible,
            onToggle: (visible) => {
              zonesVisible = visible;
              renderer?.setZonesVisible(visible);
            },
          }
        : null,
      centre: index.centre,
      timeline: shown.date ? { date: shown.date, articles: findReportDate(index.report_dates, shown.date)?.articles_to_date ?? 0 } : null,
      oneArticle: index.articles.length === 1,
    });
  };

  const renderCard = (card: SelectionView['card']): void => {
    const lang = store.get().lang;
    const loaded = current;
    const view = shown;
    const zoneFeature = card && 'zone' in card ? shownZones()?.zones.features.find((f) => String(f.id) === card.zone) : undefined;
    if (zoneFeature && loaded && view) {
      renderZoneCard(layout.card, zoneFeature, {
        places: view.places,
        parties: loaded.article.parties,
        lang,
        styles: view.styles,
        onSelectPlace: (id) => selectPlace(id, 'card'),
        onClose: () => selection.dispatch({ type: 'select-zone', zone: null, source: 'card' }),
      });
      return;
    }
    const p = card && 'place' in card && view ? (view.places.features.find((f) => f.properties.id === card.place)?.properties ?? null) : null;
    const symbol = p ? view?.styles.byPlace.get(p.id)?.symbol : undefined;
    const claims = control;
    renderPlaceCard(layout.card, p, {
      parties: loaded?.article.parties ?? [],
      lang,
      symbolSvg: symbol && view ? view.styles.svg(symbol, 22) : '<svg xmlns="http://www.w3.org/2000/svg"/>',
      evidenceLang: loaded?.article.language ?? 'ar',
      onClose: () => selectPlace(null, 'card'),
      // On a timeline: every report on the place, newest first, each a link into its article.
      history: p && claims && view?.date
        ? {
            entries: listPlaceHistory(claims.index, p.id),
            date: view.date,
            articleLang: (id) => (index.articles.find((a) => a.id === id)?.language === 'en' ? 'en' : 'ar'),
            href: (entry) => fullPage({ article: entry.article, place: p.id, lang, paragraph: entry.evidence[0]?.paragraph ?? null }),
            onOpen: (entry) => openReport(entry, p.id),
          }
        : null,
    });
  };

  /** Opens a report of the card's history: its article, with the place selected, at the quote's paragraph. */
  const openReport = (entry: ClaimEntry, place: string): void => {
    const paragraph = entry.evidence[0]?.paragraph ?? null;
    // Through the URL when the page keeps it, so back returns here; the page follows the hash.
    if (options.url) {
      window.location.hash = formatHash({ article: entry.article, place, lang: store.get().lang, paragraph });
      return;
    }
    pendingParagraph = paragraph;
    if (entry.article !== store.get().article) {
      setArticle(entry.article, { source: 'user' }, { place });
      return;
    }
    setDate(articleDay(entry.article), { source: 'user' });
    selectPlace(place, 'card');
    applyParagraph();
  };

  // --- The map ---------------------------------------------------------------------------
  // It starts now, while the article is still loading: a static renderer at once, a WebGL one as
  // soon as the basemap arrives (style, worker and shaders in parallel with the data).
  basemapPromise.catch((error: unknown) => reportError(error));
  const rendererPromise: Promise<PlaceRenderer | null> = Promise.resolve().then(
    async () => {
      const made = await options.createRenderer({
        container: layout.map,
        basemap: basemapPromise,
        lang: store.get().lang,
        label: STRINGS[store.get().lang].map,
        attribution: ATTRIBUTIONS.map((a) => a.text).join(' · '),
        onlineStyleUrl: index.basemap_style_url ?? null,
        staticMap: layout.staticMap,
        centre: index.centre.coordinates,
        onStaticFallback: (message) => {
          notices.push(message);
          showNotices();
          layout.notice.dataset.staticFallback = 'true';
          // The static map is drawn at build time, as of the article's date: it cannot follow the handle.
          timeline?.setDisabled(STRINGS[store.get().lang].timelineStatic);
        },
        fitPadding: () => ({ top: 50, bottom: 50, right: 60, left: layout.legend.getBoundingClientRect().width + 40 }),
        cameraPadding: () => {
          const map = visibleRect(layout.mapArea);
          if (!map) return { top: 0, bottom: 0, left: 0, right: 0 };
          return computeCameraPadding(map, [visibleRect(layout.legend), visibleRect(layout.card)].filter((r): r is Rect => r !== null));
        },
        onBasemapFallback: () => {
          notices.push(STRINGS[store.get().lang].basemapFallback);
          showNotices();
          layout.notice.dataset.basemapFallback = 'true';
        },
      });
      renderer = made;
      made.on('select', (placeId) => {
        selectPlace(placeId, 'map');
        if (!placeId) selection.dispatch({ type: 'select-zone', zone: null, source: 'map' });
      });
      made.on('zoneSelect', (zoneId) => selection.dispatch({ type: 'select-zone', zone: zoneId, source: 'map' }));
      made.on('hover', (placeId) => selection.dispatch({ type: 'hover-place', place: placeId }));
      made.on('swap', (kind) => {
        readyTarget.dataset.renderer = kind;
        const place = selection.get().place;
        if (place) made.flyTo(place);
      });
      return made;
    },
    (error: unknown) => {
      reportError(error);
      return null;
    },
  );

  const markReady = (r: PlaceRenderer): void => {
    selection.syncMap();
    const place = selection.get().place;
    if (place) r.flyTo(place);
    readyTarget.dataset.renderer = r.kind();
    readyTarget.dataset.mapReady = 'true';
    if (!announcedReady) {
      announcedReady = true;
      options.onReady?.(publicState());
    }
  };

  // --- Opening an article ----------------------------------------------------------------
  const openArticle = async (id: string): Promise<void> => {
    load?.abort();
    const controller = new AbortController();
    load = controller;
    const { signal } = controller;
    delete readyTarget.dataset.mapReady;
    delete readyTarget.dataset.zonesReady;
    delete readyTarget.dataset.asOf;
    // A redraw for another date of the previous article is dropped.
    drawSeq += 1;
    let opened: Awaited<ReturnType<typeof loadArticle>>;
    try {
      // On a timeline the zones drawn are those of the date, not the article's own.
      opened = await loadArticle(id, { urls, inline, signal, onError: reportError, zones: !range });
      // The first view of a site with a timeline is control as of the article's date: the claims first.
      if (range) await controlReady;
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    }
    if (signal.aborted) return;
    current = opened.loaded;
    shown = current ? makeShown(current) : null;
    updateContext();
    if (!current || !shown) {
      readyTarget.dataset.mapError = 'true';
      return;
    }
    const loaded = current;
    const view: Shown = shown;
    showNotices();
    renderChrome();
    // The map first when it can draw at once (the static map of the page's HTML): its places are
    // clickable, and a click is answered, before the text, lists and legend are built. When it has
    // to load something first, the text does not wait for it.
    // The renderer is made in parallel; when it is a matter of microtasks, wait for it.
    const early = renderer ?? (await Promise.race([rendererPromise, nextTask().then(() => null)]));
    if (signal.aborted) return;
    let mapFirst = false;
    let rendererReady: Promise<void> = Promise.resolve();
    if (early) {
      rendererReady = early.setPlaces(view.places, view.styles, store.get().lang);
      mapFirst = await Promise.race([rendererReady.then(() => true, () => false), nextTask().then(() => false)]);
      if (signal.aborted) return;
      if (mapFirst) {
        markReady(early);
        // The text waits for the map's first frame to be on screen: built before it, it would be
        // laid out and rasterised in that frame and hold the places up.
        await new Promise<void>((resolve) => afterFirstPaint(resolve));
        if (signal.aborted) return;
      }
    }
    renderBody();
    // What the selection sent before the article was here (a card with no place to show: back or
    // a link to another article fires both popstate and hashchange) is sent again, with it.
    selection.syncText(false);
    // The article's places are known: a place the URL asked for is checked, shown and scrolled to.
    selection.dispatch({ type: 'context-changed' });
    applyParagraph();
    const active = await rendererPromise;
    if (!active || signal.aborted) return;
    if (!early) rendererReady = active.setPlaces(view.places, view.styles, store.get().lang);
    await rendererReady;
    if (signal.aborted) return;
    if (!mapFirst) markReady(active);
    if (view.date) {
      // The zones of the report date in force, drawn when they come, like an article's own.
      await showDatedZones(view.date);
      if (signal.aborted) return;
      selection.dispatch({ type: 'context-changed' });
      readyTarget.dataset.zonesReady = 'true';
      if (shown === view) readyTarget.dataset.asOf = view.date;
      // The handle moved while the article was opening: the date it is on now.
      if (viewDate !== view.date) void drawDate();
      return;
    }
    // Zones are drawn once they arrive: a reading aid, not what readiness waits for. (On a site
    // whose claims failed to load, the article's own, fetched now.)
    const zones = await (range ? loadOwnZones(id, loaded, signal) : opened.zones);
    if (signal.aborted) return;
    loaded.zones = zones;
    loaded.zonesSettled = true;
    updateContext();
    active.setZones(zones ? { zones: zones.zones, colour: zones.colour, pattern: zones.pattern, drawPattern: zones.drawPattern } : null);
    active.setZonesVisible(zonesVisible);
    // The zones are known: a zone asked for is checked, and shown with its places.
    selection.dispatch({ type: 'context-changed' });
    renderLegendNow();
    readyTarget.dataset.zonesReady = 'true';
  };

  /** An article's own zones, when a site with a timeline could not load its claims. */
  const loadOwnZones = (id: string, loaded: LoadedArticle, signal: AbortSignal): Promise<ZoneStyles | null> =>
    loadZones(urls.zones(id), signal).then(
      (file) => createZoneStyles(file, loaded.styles.palette),
      (error: unknown) => {
        if (!signal.aborted) reportError(error);
        return null;
      },
    );

  // --- The date --------------------------------------------------------------------------
  /** The zones files of report dates, each fetched once. */
  const zoneFiles = new Map<string, Promise<FeatureCollection | null>>();
  const zonesFileFor = (reportDate: string): Promise<FeatureCollection | null> => {
    let file = zoneFiles.get(reportDate);
    if (!file) {
      file = loadZones(urls.zonesAsOf(reportDate)).catch((error: unknown) => {
        reportError(error);
        return null;
      });
      zoneFiles.set(reportDate, file);
    }
    return file;
  };
  let zonesSeq = 0;
  /**
   * Draws the zones inferred at build time for the latest report date on or before `date`
   * (none before the first): zones are too heavy to infer in the page at every move.
   */
  const showDatedZones = async (date: string): Promise<void> => {
    const seq = ++zonesSeq;
    const reportDate = findReportDate(index.report_dates, date)?.date ?? null;
    if (datedZones && datedZones.reportDate === reportDate) return;
    const file = reportDate ? await zonesFileFor(reportDate) : null;
    if (seq !== zonesSeq || !shown) return;
    const zones = file ? createZoneStyles(file, shown.styles.palette) : null;
    datedZones = { reportDate, zones };
    updateContext();
    renderer?.setZones(zones ? { zones: zones.zones, colour: zones.colour, pattern: zones.pattern, drawPattern: zones.drawPattern } : null);
    renderer?.setZonesVisible(zonesVisible);
    renderLegendNow();
  };

  let drawSeq = 0;
  /**
   * Redraws the open article's view for `viewDate`: places and their statuses, the lists, the
   * mentions' colours, the card, the legend, then the zones. Called at most once a frame while the
   * handle moves (the timeline throttles it); `data-as-of` on the ready target says when a date is
   * drawn (places on the map and zones).
   */
  const drawDate = async (): Promise<void> => {
    const loaded = current;
    const date = viewDate;
    if (!loaded || !date || !shown?.date) return;
    const seq = ++drawSeq;
    delete readyTarget.dataset.asOf;
    shown = makeShown(loaded);
    const view = shown;
    // A place the date no longer shows is let go (a place another article reports later).
    const selected = selection.get().place;
    if (selected && !view.places.features.some((f) => f.properties.id === selected)) selection.dispatch({ type: 'select-place', place: null, source: 'map' });
    updateContext();
    const drawn = renderer ? renderer.setPlaces(view.places, view.styles, store.get().lang).catch(() => undefined) : Promise.resolve();
    renderLists();
    panel.setColours(colourMap(view.styles));
    selection.syncText(false);
    renderLegendNow();
    await Promise.all([drawn, showDatedZones(date)]);
    if (seq !== drawSeq) return;
    readyTarget.dataset.asOf = date;
  };

  /** The handle moved: the map follows every frame; a finished move is kept in the store and the URL. */
  const onTimeline = (day: number, commit: boolean): void => {
    const date = formatIsoDay(day);
    if (date !== viewDate) {
      viewDate = date;
      void drawDate();
    }
    if (commit) {
      store.set({ date: storedDate(store.get().article, date) }, { source: 'user' });
      updateDownload();
    }
  };

  /** Shows the map as of a date (null: the open article's own), handle included: back, forward, a link. */
  const setDate = (date: string | null, meta: StoreMeta): void => {
    if (!range || viewDate === null) return;
    const article = store.get().article;
    const next = range.clamp(date ?? (articleDay(article) as string));
    store.set({ date: storedDate(article, next) }, meta);
    timeline?.setValue(parseIsoDay(next));
    if (next === viewDate) return;
    viewDate = next;
    void drawDate();
    updateDownload();
  };

  /** Scrolls the text to the paragraph a link asked for, once the article is shown. */
  const applyParagraph = (): void => {
    if (!pendingParagraph || !current) return;
    const paragraph = pendingParagraph;
    pendingParagraph = null;
    panel.scrollToParagraph(paragraph);
  };

  // --- Article and language --------------------------------------------------------------
  const setArticle = (id: string, meta: StoreMeta, wanted: { place?: string | null; zone?: string | null; date?: string | null } = {}): void => {
    if (id === store.get().article) return;
    const next = { ...EMPTY_SELECTION, place: wanted.place ?? null, zone: wanted.place ? null : (wanted.zone ?? null) };
    selection.reset(next);
    current = null;
    shown = null;
    // Another article opens on its own date, unless the link says otherwise.
    if (range && viewDate !== null) {
      viewDate = range.clamp(wanted.date ?? (articleDay(id) as string));
      timeline?.setValue(parseIsoDay(viewDate));
    }
    updateContext();
    store.set({ article: id, ...next, date: storedDate(id, viewDate) }, meta);
    void openArticle(id);
  };
  const setLang = (lang: Lang, meta: StoreMeta): void => {
    if (lang === store.get().lang) return;
    store.set({ lang }, meta);
    updateContext();
    renderChrome();
    renderBody();
    renderer?.setLang(lang);
    timeline?.setLang(lang, STRINGS[lang].timeline, STRINGS[lang].timelineReports(index.report_dates.length));
    selection.syncText(false);
  };

  // The store is observed, never changed, by what follows it: the host page and the URL.
  cleanups.push(
    store.subscribe((state, previous, meta) => {
      if (state.article === previous.article && state.place === previous.place && state.lang === previous.lang) return;
      options.onChange?.(publicState(), meta);
      if (options.fullPageUrl !== null) layout.fullPageLink.href = fullPage(state);
    }),
  );

  layout.langButton.addEventListener('click', () => setLang(store.get().lang === 'ar' ? 'en' : 'ar', { source: 'user' }));
  layout.articleSelect.addEventListener('change', () => setArticle(layout.articleSelect.value, { source: 'user' }));
  cleanups.push(
    wireHeaderActions(layout, {
      root: options.root,
      base: options.base,
      renderer: () => renderer,
      view: () => ({ ...publicState(), title: titleOf(current, store.get().lang, store.get().article) }),
    }),
  );
  const onKey = (e: KeyboardEvent): void => {
    // Escape in a dialog (the Embed dialog) closes that dialog and nothing else.
    if (e.target instanceof Element && e.target.closest('dialog')) return;
    if (e.key === 'Escape') selection.dispatch({ type: 'escape' });
  };
  options.root.addEventListener('keydown', onKey);
  cleanups.push(() => options.root.removeEventListener('keydown', onKey));

  if (options.url) {
    cleanups.push(
      syncUrl(store, (url) => {
        const meta: StoreMeta = { source: 'url' };
        const state = store.get();
        if (url.lang && url.lang !== state.lang) setLang(url.lang, meta);
        pendingParagraph = url.paragraph ?? null;
        if (url.article && url.article !== state.article && index.articles.some((a) => a.id === url.article)) {
          setArticle(url.article, meta, { place: url.place ?? null, zone: url.zone ?? null, date: url.date ?? null });
          return;
        }
        setDate(url.date ?? null, meta);
        if (url.place) selectPlace(url.place, 'url');
        else {
          selectPlace(null, 'url');
          selection.dispatch({ type: 'select-zone', zone: url.zone ?? null, source: 'url' });
        }
        applyParagraph();
      }),
    );
    window.history.replaceState(null, '', formatHash(store.get()));
  }
  if (range && viewDate) {
    // The strip the HTML skeleton reserved under the map (src/ui/skeleton.ts) is filled in.
    const lang = store.get().lang;
    layout.timeline.hidden = false;
    layout.timeline.removeAttribute('aria-hidden');
    timeline = createTimeline({
      container: layout.timeline,
      lang,
      label: STRINGS[lang].timeline,
      summary: STRINGS[lang].timelineReports(index.report_dates.length),
      min: range.firstDay,
      max: range.lastDay,
      value: parseIsoDay(viewDate),
      marks: index.report_dates.map((r) => ({ day: parseIsoDay(r.date), weight: r.claims })),
      formatDay: (day, l) => formatDate(formatIsoDay(day), l),
      formatTick: (day, l) => formatMonth(formatIsoDay(day), l),
      keyboard: 'marks',
      onChange: onTimeline,
    });
  }
  void openArticle(articleId);
  return {
    getState: publicState,
    select: (placeId, meta = { source: 'host' }) => selectPlace(placeId, meta.source === 'url' ? 'url' : 'host'),
    setLang: (lang, meta = { source: 'host' }) => setLang(lang, meta),
    setArticle: (id, meta = { source: 'host' }) => {
      if (index.articles.some((a) => a.id === id)) setArticle(id, meta);
      else {
        notices.push(STRINGS[store.get().lang].unknownArticle(id));
        showNotices();
      }
    },
    destroy: () => {
      load?.abort();
      timeline?.destroy();
      if (download) URL.revokeObjectURL(download.url);
      for (const cleanup of cleanups) cleanup();
      panel.destroy();
      renderer?.destroy();
      options.root.replaceChildren();
    },
  };
}

/** Resolves in a task of its own: what is queued meanwhile (a click) runs first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function titleOf(loaded: LoadedArticle | null, lang: Lang, fallback: string): string {
  return loaded?.article.texts.find((t) => t.lang === lang)?.title ?? loaded?.article.texts[0]?.title ?? fallback;
}

function applyLang(layout: Layout, lang: Lang, ownsDocument: boolean): void {
  const s = STRINGS[lang];
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  if (ownsDocument) {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }
  layout.root.lang = lang;
  layout.root.dir = dir;
  layout.langButton.textContent = s.switchLanguage;
  layout.langButton.setAttribute('lang', lang === 'ar' ? 'en' : 'ar');
  layout.langButton.setAttribute('aria-label', s.switchLanguageLabel);
}

function renderFooter(layout: Layout): void {
  // Credits are proper names and licences: Latin script, left to right, in either language.
  layout.footer.replaceChildren(
    h('p', { lang: 'en', dir: 'ltr' }, ...ATTRIBUTIONS.flatMap((a, i) => [i > 0 ? ' · ' : '', h('a', { href: a.url, rel: 'noopener noreferrer' }, a.text), ` (${a.licence})`])),
  );
}

function describeError(error: unknown): string {
  return error instanceof LoadError ? `${error.url}: ${error.detail}` : error instanceof Error ? error.message : String(error);
}

function showError(layout: Layout, lang: Lang, error: unknown): void {
  layout.notice.append(h('p', { class: 'cm-notice__error', role: 'alert' }, `${STRINGS[lang].loadError}: ${describeError(error)}`));
  layout.notice.hidden = false;
}
