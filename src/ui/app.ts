import type { SiteIndex } from '../core/site-index.ts';
import type { Lang } from '../core/types.ts';
import type { PlaceRenderer, RendererFactory } from '../map/renderer.ts';
import { afterFirstPaint } from '../map/progressive-renderer.ts';
import { ATTRIBUTIONS } from '../map/style.ts';
import { createArticlePanel } from './article-panel.ts';
import { loadArticle, type LoadedArticle } from './article-loader.ts';
import { LoadError, dataUrls, loadBasemap, loadIndex, type InlinePageData } from './data.ts';
import { h } from './dom.ts';
import { computeCameraPadding, visibleRect, type Rect } from './camera-padding.ts';
import { wireHeaderActions } from './header-actions.ts';
import { createLayout, type Layout } from './layout.ts';
import { renderLegend } from './legend.ts';
import { renderPlaceCard } from './place-card.ts';
import { markSelectedInList, readingOrder, renderPlaceList } from './place-list.ts';
import { EMPTY_SELECTION, createSelectionController, type SelectionContext, type SelectionEvent, type SelectionSource, type SelectionView } from './selection.ts';
import { createStore, type StoreMeta } from './store.ts';
import { STRINGS } from './strings.ts';
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

  // The place or zone the URL asked for is kept from the start, and checked once the article is known.
  const initialSelection = { ...EMPTY_SELECTION, place: fromUrl.place ?? null, zone: fromUrl.place ? null : (fromUrl.zone ?? null) };
  const store = createStore<ViewState>({ article: articleId, lang: initialLang, ...initialSelection });
  const publicState = (): PublicState => {
    const { article, place, lang } = store.get();
    return { article, place, lang };
  };
  let current: LoadedArticle | null = null;
  let renderer: PlaceRenderer | null = null;
  let load: AbortController | null = null;
  let zonesVisible = true;
  let announcedReady = false;

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
    const zonePlaces = loaded.zonesSettled
      ? new Map((loaded.zones?.zones.features ?? []).filter((f) => f.properties?.kind === 'zone').map((f) => [String(f.id), [...((f.properties?.place_ids as string[] | undefined) ?? [])]]))
      : null;
    context = {
      lang,
      placeIds: new Set(loaded.places.features.map((f) => f.properties.id)),
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
  const fullPage = (state: PublicState): string => `${options.fullPageUrl ?? ''}${formatHash(state)}`;
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
    layout.geojsonLink.href = urls.places(current.article.id);
    layout.geojsonLink.setAttribute('download', `${current.article.id}.geojson`);
    layout.pngButton.textContent = s.downloadPng;
    layout.embedButton.textContent = s.embed;
    // The map area is a labelled region; the maps inside carry their own names (the static map's
    // SVG and MapLibre's canvas are images). A label on #cm-map itself, a div without a role, is
    // not allowed (aria-prohibited-attr).
    layout.mapArea.setAttribute('aria-label', s.map);
  };

  /** The article's text, the lists of places and the legend; the selection marks them after. */
  const renderBody = (): void => {
    if (!current) return;
    const { lang } = store.get();
    const s = STRINGS[lang];
    const loaded = current;
    const colours = new Map([...loaded.styles.byPlace].map(([id, st]) => [id, st.colour]));
    panel.render(loaded.article, loaded.places, lang, colours, hrefFor);
    const ordered = readingOrder(loaded.places, loaded.article.texts[0]?.blocks.map((b) => b.id) ?? [], loaded.article.language);
    const listContext = {
      styles: loaded.styles,
      parties: loaded.article.parties,
      lang,
      selected: selection.get().place,
      onSelect: (id: string) => selectPlace(id, 'list'),
      onHover: (id: string | null) => selection.dispatch({ type: 'hover-place', place: id }),
    };
    layout.placeListTitle.textContent = s.places;
    renderPlaceList(layout.placeList, ordered.filter((p) => p.in_region), listContext);
    const outside = ordered.filter((p) => !p.in_region);
    layout.alsoTitle.textContent = s.alsoMentioned;
    layout.also.hidden = outside.length === 0;
    renderPlaceList(layout.alsoList, outside, listContext);
    renderLegendNow();
  };

  const renderLegendNow = (): void => {
    if (!current) return;
    const lang = store.get().lang;
    renderLegend(layout.legend, {
      places: current.places,
      styles: current.styles,
      parties: current.article.parties,
      outlet: current.article.outlet[lang],
      date: current.article.date,
      lang,
      zones: current.zones
        ? {
            ...current.zones,
            visible: zonesVisible,
            onToggle: (visible) => {
              zonesVisible = visible;
              renderer?.setZonesVisible(visible);
            },
          }
        : null,
      centre: index.centre,
    });
  };

  const renderCard = (card: SelectionView['card']): void => {
    const lang = store.get().lang;
    const loaded = current;
    const zoneFeature = card && 'zone' in card ? loaded?.zones?.zones.features.find((f) => String(f.id) === card.zone) : undefined;
    if (zoneFeature && loaded) {
      renderZoneCard(layout.card, zoneFeature, {
        places: loaded.places,
        parties: loaded.article.parties,
        lang,
        styles: loaded.styles,
        onSelectPlace: (id) => selectPlace(id, 'card'),
        onClose: () => selection.dispatch({ type: 'select-zone', zone: null, source: 'card' }),
      });
      return;
    }
    const p = card && 'place' in card && loaded ? (loaded.places.features.find((f) => f.properties.id === card.place)?.properties ?? null) : null;
    const symbol = p ? loaded?.styles.byPlace.get(p.id)?.symbol : undefined;
    renderPlaceCard(layout.card, p, {
      parties: loaded?.article.parties ?? [],
      lang,
      symbolSvg: symbol && loaded ? loaded.styles.svg(symbol, 22) : '<svg xmlns="http://www.w3.org/2000/svg"/>',
      evidenceLang: loaded?.article.language ?? 'ar',
      onClose: () => selectPlace(null, 'card'),
    });
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
    let opened: Awaited<ReturnType<typeof loadArticle>>;
    try {
      opened = await loadArticle(id, { urls, inline, signal, onError: reportError });
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    }
    current = opened.loaded;
    updateContext();
    if (!current) {
      readyTarget.dataset.mapError = 'true';
      return;
    }
    const loaded = current;
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
      rendererReady = early.setPlaces(loaded.places, loaded.styles, store.get().lang);
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
    // The article's places are known: a place the URL asked for is checked, shown and scrolled to.
    selection.dispatch({ type: 'context-changed' });
    const active = await rendererPromise;
    if (!active || signal.aborted) return;
    if (!early) rendererReady = active.setPlaces(loaded.places, loaded.styles, store.get().lang);
    await rendererReady;
    if (signal.aborted) return;
    if (!mapFirst) markReady(active);
    // Zones are drawn once they arrive: a reading aid, not what readiness waits for.
    const zones = await opened.zones;
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

  // --- Article and language --------------------------------------------------------------
  const setArticle = (id: string, meta: StoreMeta, wanted: { place?: string | null; zone?: string | null } = {}): void => {
    if (id === store.get().article) return;
    const next = { ...EMPTY_SELECTION, place: wanted.place ?? null, zone: wanted.place ? null : (wanted.zone ?? null) };
    selection.reset(next);
    current = null;
    updateContext();
    store.set({ article: id, ...next }, meta);
    void openArticle(id);
  };
  const setLang = (lang: Lang, meta: StoreMeta): void => {
    if (lang === store.get().lang) return;
    store.set({ lang }, meta);
    updateContext();
    renderChrome();
    renderBody();
    renderer?.setLang(lang);
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
        if (url.article && url.article !== state.article && index.articles.some((a) => a.id === url.article)) {
          setArticle(url.article, meta, { place: url.place ?? null, zone: url.zone ?? null });
          return;
        }
        if (url.place) selectPlace(url.place, 'url');
        else {
          selectPlace(null, 'url');
          selection.dispatch({ type: 'select-zone', zone: url.zone ?? null, source: 'url' });
        }
      }),
    );
    window.history.replaceState(null, '', formatHash(store.get()));
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
