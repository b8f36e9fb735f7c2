import type { FeatureCollection } from 'geojson';
import type { PlacesCollection, PlaceProperties } from '../core/geojson/build-places-collection.ts';
import type { Lang } from '../core/types.ts';
import type { PlaceRenderer } from '../map/renderer.ts';
import { afterFirstPaint } from '../map/progressive-renderer.ts';
import { ATTRIBUTIONS } from '../map/style.ts';
import { createArticlePanel } from './article-panel.ts';
import { openEmbedDialog } from './embed-dialog.ts';
import { LoadError, dataUrls, loadArticleData, loadBasemap, loadIndex, loadPlaces, loadZones, type ArticleIndex, type InlinePageData, type PageArticle } from './data.ts';
import { h } from './dom.ts';
import { createLayout, type Layout } from './layout.ts';
import { renderLegend } from './legend.ts';
import { renderPlaceCard } from './place-card.ts';
import { markSelectedInList, readingOrder, renderPlaceList } from './place-list.ts';
import { createPlaceStyles, type PlaceStyles } from '../render/place-styles.ts';
import { createZoneStyles, type ZoneStyles } from '../render/zone-styles.ts';
import { renderZoneCard } from './zone-card.ts';
import { createStore, type StoreMeta } from './store.ts';
import { STRINGS } from './strings.ts';
import { syncUrl } from './url-sync.ts';
import { formatHash, parseHash, type UrlState, type ViewState } from './view-state.ts';

/** What the page needs to make a renderer; the page does not know which one it gets. */
export interface RendererFactory {
  (input: {
    container: HTMLElement;
    /** The basemap extract; a promise, so a static first renderer need not wait for it. */
    basemap: Promise<FeatureCollection>;
    lang: Lang;
    label: string;
    attribution: string;
    onBasemapFallback: (reason: string) => void;
    /** Online basemap style URL configured in content/site.yaml, or null. */
    onlineStyleUrl: string | null;
    /** Element holding the static map made at build time (the page's first paint). */
    staticMap: HTMLElement;
    /** Tells the reader the static map stays (no WebGL, or MapLibre failed). */
    onStaticFallback: (message: string) => void;
    /** Room the overlays take over the map, CSS px, for fitting the view around them. */
    fitPadding: () => { top: number; bottom: number; left: number; right: number };
  }): PlaceRenderer | Promise<PlaceRenderer>;
}

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
  onChange?: (state: Pick<ViewState, 'article' | 'place' | 'lang'>, meta: StoreMeta) => void;
  /** Called once the first article's places are drawn. */
  onReady?: (state: Pick<ViewState, 'article' | 'place' | 'lang'>) => void;
  /**
   * The default article's data as the page's HTML carries it (`readInlinePageData`), used instead
   * of fetching the same three files; an error is shown and the files are fetched. @defaultValue null
   */
  pageData?: InlinePageData | LoadError | null;
}

/** Controls a running app: what embeds and host pages use. */
export interface AppHandle {
  getState(): Pick<ViewState, 'article' | 'place' | 'lang'>;
  /** Selects a place (null clears); unknown ids show a notice. */
  select(placeId: string | null, meta?: StoreMeta): void;
  setLang(lang: Lang, meta?: StoreMeta): void;
  setArticle(articleId: string, meta?: StoreMeta): void;
  destroy(): void;
}

const APP_DEFAULTS = { initial: {}, url: true, ownsDocument: true, panel: true, compact: false, fullPageUrl: null, pageData: null };

/** Point the distance rings and the centre marker use: Martyrs' Square (the gazetteer's Tripoli). */
export const TRIPOLI_CENTRE_ID = 'tripoli';

interface Loaded {
  article: PageArticle;
  places: PlacesCollection;
  styles: PlaceStyles;
  zones: ZoneStyles | null;
  /** Whether the zones file has arrived or failed: until then a zone id cannot be checked. */
  zonesSettled: boolean;
}

/**
 * Starts the page: loads the article index, the article and its places, builds the layout and
 * links the map and the text both ways through one store (selection, hover, language, article),
 * which also lives in the URL. Failures show a message and keep whatever still works.
 */
export async function startApp(appOptions: AppOptions): Promise<AppHandle> {
  const options = { ...APP_DEFAULTS, ...appOptions };
  const layout = createLayout(options.root, { panel: options.panel, compact: options.compact });
  // The credits are the same in either language: written once.
  renderFooter(layout);
  if (options.compact) layout.legend.dataset.collapsed = 'true';
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
  let index: ArticleIndex;
  try {
    index = inline?.index ?? (await loadIndex(urls.index));
  } catch (error) {
    showError(layout, initialLang, error);
    return { getState: () => ({ article: fromUrl.article ?? '', place: null, lang: initialLang }), select: () => undefined, setLang: () => undefined, setArticle: () => undefined, destroy: () => options.root.replaceChildren() };
  }
  const notices: string[] = [];
  const errors: string[] = options.pageData instanceof LoadError ? [`${STRINGS[initialLang].loadError}: ${describeError(options.pageData)}`] : [];
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

  const store = createStore<ViewState>({ article: articleId, lang: initialLang, place: null, zone: null, hoverPlace: null, hoverParagraph: null });
  let loaded: Loaded | null = null;
  let renderer: PlaceRenderer | null = null;
  let rendererReady: Promise<void> = Promise.resolve();

  const fullPage = (state: Pick<ViewState, 'article' | 'place' | 'lang'>): string => `${options.fullPageUrl ?? ''}${formatHash(state)}`;
  const hrefFor = (placeId: string): string => fullPage({ ...store.get(), place: placeId });
  const select = (placeId: string | null, meta: StoreMeta = { source: 'user' }): void => store.set({ place: placeId, ...(placeId ? { zone: null } : {}) }, meta);
  const selectZone = (zoneId: string | null, meta: StoreMeta = { source: 'user' }): void => store.set({ zone: zoneId, ...(zoneId ? { place: null } : {}) }, meta);
  let zonesVisible = true;
  const panel = createArticlePanel(layout.panel, {
    select: (id) => {
      select(id);
      renderer?.flyTo(id);
    },
    hoverPlace: (id) => store.set({ hoverPlace: id }),
    hoverParagraph: (id) => store.set({ hoverParagraph: id }),
  });

  // Zones load beside the article but are not waited for: they are a reading aid, drawn when they
  // arrive; the places and the text are what the reader needs first.
  const loadArticle = async (id: string): Promise<{ loaded: Loaded | null; zones: Promise<ZoneStyles | null> }> => {
    const zonesFile = loadZones(urls.zones(id));
    zonesFile.catch(() => undefined);
    // The page's own article comes with the HTML: no round trip, and no task between the script
    // starting and the places answering clicks.
    const fromPage = inline && inline.article.id === id ? inline : null;
    const [article, places]: [PromiseSettledResult<PageArticle>, PromiseSettledResult<PlacesCollection>] = fromPage
      ? [{ status: 'fulfilled', value: fromPage.article }, { status: 'fulfilled', value: fromPage.places }]
      : await Promise.allSettled([loadArticleData(urls.article(id)), loadPlaces(urls.places(id))]);
    if (article.status === 'rejected') reportError(article.reason);
    if (places.status === 'rejected') reportError(places.reason);
    if (article.status === 'rejected' && places.status === 'rejected') return { loaded: null, zones: Promise.resolve(null) };
    // Whatever still works: the text without the map's places, or the map without the text.
    const placesValue: PlacesCollection = places.status === 'fulfilled' ? places.value : emptyPlaces(article.status === 'fulfilled' ? article.value : null, id);
    const articleValue: PageArticle = article.status === 'fulfilled' ? article.value : articleFromPlaces(placesValue, id);
    const styles = createPlaceStyles(placesValue, articleValue.parties);
    const zones = zonesFile.then(
      (value) => createZoneStyles(value, styles.palette),
      (error: unknown) => {
        reportError(error);
        return null;
      },
    );
    return { loaded: { article: articleValue, places: placesValue, styles, zones: null, zonesSettled: false }, zones };
  };

  /** The header: what the page's HTML skeleton already shows, with the footer. */
  const renderChrome = (): void => {
    if (!loaded) return;
    const { lang } = store.get();
    const s = STRINGS[lang];
    applyLang(layout, lang, options.ownsDocument);
    const text = loaded.article.texts.find((t) => t.lang === lang) ?? loaded.article.texts[0];
    layout.title.textContent = text?.title ?? '';
    if (options.ownsDocument) document.title = `${text?.title ?? ''} — ${s.appTitle}`;
    if (options.fullPageUrl !== null) {
      layout.fullPageLink.hidden = false;
      layout.fullPageLink.textContent = s.openFullMap;
      layout.fullPageLink.href = fullPage(store.get());
    }
    layout.articleSelectLabel.textContent = s.articles;
    layout.articleSelect.replaceChildren(...index.articles.map((a) => h('option', { value: a.id, selected: a.id === store.get().article }, a.titles[lang] ?? a.titles[a.language] ?? a.id)));
    layout.articleSelect.hidden = index.articles.length < 2;
    layout.geojsonLink.textContent = s.downloadGeojson;
    layout.geojsonLink.href = urls.places(loaded.article.id);
    layout.geojsonLink.setAttribute('download', `${loaded.article.id}.geojson`);
    layout.pngButton.textContent = s.downloadPng;
    layout.embedButton.textContent = s.embed;
    layout.map.setAttribute('aria-label', s.map);
  };

  /** The article's text, the lists of places, the legend and the card. */
  const renderBody = (): void => {
    if (!loaded) return;
    const { lang, place } = store.get();
    const s = STRINGS[lang];
    const colours = new Map([...loaded.styles.byPlace].map(([id, st]) => [id, st.colour]));
    panel.render(loaded.article, loaded.places, lang, colours, hrefFor);
    const ordered = readingOrder(loaded.places, loaded.article.texts[0]?.blocks.map((b) => b.id) ?? [], loaded.article.language);
    const listContext = { styles: loaded.styles, parties: loaded.article.parties, lang, selected: place, onSelect: (id: string) => { select(id); renderer?.flyTo(id); }, onHover: (id: string | null) => store.set({ hoverPlace: id }) };
    layout.placeListTitle.textContent = s.places;
    renderPlaceList(layout.placeList, ordered.filter((p) => p.in_region), listContext);
    const outside = ordered.filter((p) => !p.in_region);
    layout.alsoTitle.textContent = s.alsoMentioned;
    layout.also.hidden = outside.length === 0;
    renderPlaceList(layout.alsoList, outside, listContext);
    renderLegendNow();
    renderCard();
  };

  const renderAll = (): void => {
    renderChrome();
    renderBody();
  };

  const renderLegendNow = (): void => {
    if (!loaded) return;
    const lang = store.get().lang;
    renderLegend(layout.legend, {
      places: loaded.places,
      styles: loaded.styles,
      parties: loaded.article.parties,
      outlet: loaded.article.outlet[lang],
      date: loaded.article.date,
      lang,
      zones: loaded.zones ? { ...loaded.zones, visible: zonesVisible, onToggle: (visible) => { zonesVisible = visible; renderer?.setZonesVisible(visible); } } : null,
      centre: TRIPOLI_CENTRE_ID,
    });
  };

  const placeProps = (id: string | null): PlaceProperties | null => (id && loaded ? (loaded.places.features.find((f) => f.properties.id === id)?.properties ?? null) : null);
  const renderCard = (): void => {
    const { lang, place, zone } = store.get();
    const zoneFeature = zone ? loaded?.zones?.zones.features.find((f) => String(f.id) === zone) : undefined;
    if (zoneFeature && loaded) {
      renderZoneCard(layout.card, zoneFeature, { places: loaded.places, parties: loaded.article.parties, lang, styles: loaded.styles, onSelectPlace: (id) => { select(id); renderer?.flyTo(id); }, onClose: () => selectZone(null) });
      return;
    }
    const p = placeProps(place);
    const symbol = p ? loaded?.styles.byPlace.get(p.id)?.symbol : undefined;
    renderPlaceCard(layout.card, p, { parties: loaded?.article.parties ?? [], lang, symbolSvg: symbol ? (loaded as Loaded).styles.svg(symbol, 22) : '<svg xmlns="http://www.w3.org/2000/svg"/>', evidenceLang: loaded?.article.language ?? 'ar', onClose: () => select(null) });
  };

  const showNotices = (): void => {
    layout.notice.replaceChildren(...notices.map((n) => h('p', {}, n)), ...errors.map((e) => h('p', { class: 'cm-notice__error', role: 'alert' }, e)));
    layout.notice.hidden = notices.length + errors.length === 0;
  };

  // The map starts now, while the article is still loading: a static renderer at once, a WebGL
  // one as soon as the basemap arrives (style, worker and shaders in parallel with the data).
  basemapPromise.catch((error: unknown) => reportError(error));
  const rendererPromise: Promise<PlaceRenderer | null> = Promise.resolve().then(
    async () => {
      renderer = await options.createRenderer({
        container: layout.map,
        basemap: basemapPromise,
        lang: store.get().lang,
        label: STRINGS[store.get().lang].map,
        attribution: ATTRIBUTIONS.map((a) => a.text).join(' · '),
        onlineStyleUrl: index.basemap_style_url ?? null,
        staticMap: layout.staticMap,
        onStaticFallback: (message) => {
          notices.push(message);
          showNotices();
          layout.notice.dataset.staticFallback = 'true';
        },
        fitPadding: () => ({ top: 50, bottom: 50, right: 60, left: layout.legend.getBoundingClientRect().width + 40 }),
        onBasemapFallback: () => {
          notices.push(STRINGS[store.get().lang].basemapFallback);
          showNotices();
          layout.notice.dataset.basemapFallback = 'true';
        },
      });
      renderer.on('select', (placeId) => {
        select(placeId, { source: 'user' });
        if (!placeId) selectZone(null);
      });
      renderer.on('zoneSelect', (zoneId) => selectZone(zoneId, { source: 'user' }));
      renderer.on('hover', (placeId) => store.set({ hoverPlace: placeId }));
      renderer.on('swap', (kind) => {
        readyTarget.dataset.renderer = kind;
        const place = store.get().place;
        if (place) renderer?.flyTo(place);
      });
      return renderer;
    },
    (error: unknown) => {
      reportError(error);
      return null;
    },
  );

  const openArticle = async (id: string): Promise<void> => {
    delete readyTarget.dataset.mapReady;
    delete readyTarget.dataset.zonesReady;
    const opened = await loadArticle(id);
    // A newer article was asked for while this one loaded: that one's openArticle takes over.
    if (store.get().article !== id) return;
    loaded = opened.loaded;
    if (!loaded) {
      readyTarget.dataset.mapError = 'true';
      return;
    }
    const current = loaded;
    const wanted = store.get().place;
    if (wanted && !placeProps(wanted)) {
      notices.push(STRINGS[store.get().lang].unknownPlace(wanted));
      store.set({ place: null }, { source: 'url' });
    }
    const markReady = (r: PlaceRenderer): void => {
      const place = store.get().place;
      r.setSelected(place);
      if (place) r.flyTo(place);
      readyTarget.dataset.renderer = r.kind();
      readyTarget.dataset.mapReady = 'true';
      if (!announcedReady) {
        announcedReady = true;
        options.onReady?.(publicState());
      }
    };
    showNotices();
    renderChrome();
    // The map first when it can draw at once (the static map of the page's HTML): its places are
    // clickable, and a click is answered, before the text, lists and legend are built. When it has
    // to load something first, the text does not wait for it.
    // The renderer is made in parallel; when it is a matter of microtasks, wait for it.
    const early = renderer ?? (await Promise.race([rendererPromise, nextTask().then(() => null)]));
    if (loaded !== current) return;
    let mapFirst = false;
    if (early) {
      rendererReady = early.setPlaces(loaded.places, loaded.styles, store.get().lang);
      mapFirst = await Promise.race([rendererReady.then(() => true, () => false), nextTask().then(() => false)]);
      if (loaded !== current) return;
      if (mapFirst) {
        markReady(early);
        // The text waits for the map's first frame to be on screen: built before it, it would be
        // laid out and rasterised in that frame and hold the places up.
        await new Promise<void>((resolve) => afterFirstPaint(resolve));
        if (loaded !== current) return;
      }
    }
    renderBody();
    const active = await rendererPromise;
    if (!active) return;
    if (!early) rendererReady = active.setPlaces(loaded.places, loaded.styles, store.get().lang);
    await rendererReady;
    if (loaded !== current) return;
    const place = store.get().place;
    panel.setSelected(place ?? zonePlaces(store.get().zone), true);
    if (!mapFirst) markReady(active);
    // Zones are drawn once they arrive: a reading aid, not what readiness waits for.
    const zones = await opened.zones;
    if (loaded !== current) return;
    current.zones = zones;
    current.zonesSettled = true;
    active.setZones(zones ? { zones: zones.zones, colour: zones.colour, pattern: zones.pattern, drawPattern: zones.drawPattern } : null);
    active.setZonesVisible(zonesVisible);
    const wantedZone = store.get().zone;
    if (wantedZone && !zoneIds().includes(wantedZone)) store.set({ zone: null }, { source: 'url' });
    else if (wantedZone) {
      active.setSelectedZone(wantedZone);
      active.setHighlighted(zonePlaces(wantedZone));
      if (!place) panel.setSelected(zonePlaces(wantedZone), true);
      renderCard();
    }
    renderLegendNow();
    readyTarget.dataset.zonesReady = 'true';
  };
  let announcedReady = false;
  const zoneIds = (): string[] => (loaded?.zones?.zones.features ?? []).filter((f) => f.properties?.kind === 'zone').map((f) => String(f.id));
  const zonePlaces = (zoneId: string | null): string[] => {
    const f = zoneId ? loaded?.zones?.zones.features.find((z) => String(z.id) === zoneId) : undefined;
    return f ? [...((f.properties?.place_ids as string[] | undefined) ?? [])] : [];
  };
  const publicState = (): Pick<ViewState, 'article' | 'place' | 'lang'> => {
    const { article, place, lang } = store.get();
    return { article, place, lang };
  };

  cleanups.push(store.subscribe((state, previous, meta) => {
    if (state.article !== previous.article || state.place !== previous.place || state.lang !== previous.lang) {
      options.onChange?.(publicState(), meta);
      if (options.fullPageUrl !== null) layout.fullPageLink.href = fullPage(state);
    }
    if (state.article !== previous.article) {
      store.set({ place: meta.source === 'url' ? state.place : null }, { source: 'url' });
      void openArticle(state.article);
      return;
    }
    if (state.lang !== previous.lang) {
      renderAll();
      renderer?.setLang(state.lang);
      panel.setSelected(state.place ?? zonePlaces(state.zone), false);
    }
    if (state.zone !== previous.zone && loaded) {
      // Until the zones file has come (or failed), a zone id cannot be checked yet.
      if (state.zone && loaded.zonesSettled && !zoneIds().includes(state.zone)) {
        store.set({ zone: null }, { source: 'url' });
        return;
      }
      // A zone selects the places it was inferred from: on the map and in the text.
      renderer?.setSelectedZone(state.zone);
      renderer?.setHighlighted(zonePlaces(state.zone));
      if (state.zone) panel.setSelected(zonePlaces(state.zone), true);
      else if (!state.place) panel.setSelected(null, false);
      renderCard();
    }
    if (state.place !== previous.place) {
      // Before the article has loaded, openArticle checks the place once the places are known.
      if (!loaded) return;
      if (state.place && !placeProps(state.place)) {
        notices.push(STRINGS[state.lang].unknownPlace(state.place));
        showNotices();
        store.set({ place: null }, { source: 'url' });
        return;
      }
      renderer?.setSelected(state.place);
      if (state.place || !state.zone) panel.setSelected(state.place, true);
      markSelectedInList(layout.placeList, state.place);
      markSelectedInList(layout.alsoList, state.place);
      renderCard();
      if (meta.source === 'url' && state.place) renderer?.flyTo(state.place);
    }
    if (state.hoverPlace !== previous.hoverPlace || state.hoverParagraph !== previous.hoverParagraph) {
      const fromParagraph = state.hoverParagraph && loaded ? loaded.places.features.filter((f) => f.properties.mentions.some((m) => m.paragraph === state.hoverParagraph && m.lang === state.lang)).map((f) => f.properties.id) : [];
      const ids = [...new Set([...(state.hoverPlace ? [state.hoverPlace] : []), ...fromParagraph, ...zonePlaces(state.zone)])];
      renderer?.setHighlighted(ids);
      panel.setHighlighted(state.hoverPlace ? [state.hoverPlace] : []);
    }
  }));

  layout.embedButton.addEventListener('click', () => {
    const { article, place, lang } = store.get();
    const title = loaded?.article.texts.find((t) => t.lang === lang)?.title ?? loaded?.article.texts[0]?.title ?? article;
    openEmbedDialog(options.root, { base: options.base, article, place, lang, title }, lang);
  });
  layout.langButton.addEventListener('click', () => store.set({ lang: store.get().lang === 'ar' ? 'en' : 'ar' }));
  layout.articleSelect.addEventListener('change', () => store.set({ article: layout.articleSelect.value, place: null }));
  layout.pngButton.addEventListener('click', () => {
    void renderer?.toPng().then((blob) => {
      const a = h('a', { href: URL.createObjectURL(blob), download: `${store.get().article}.png` });
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    });
  });
  const onKey = (e: KeyboardEvent): void => {
    // Escape in a dialog (the Embed dialog) closes that dialog and nothing else.
    if (e.target instanceof Element && e.target.closest('dialog')) return;
    if (e.key === 'Escape' && store.get().place) select(null);
    else if (e.key === 'Escape' && store.get().zone) selectZone(null);
  };
  options.root.addEventListener('keydown', onKey);
  cleanups.push(() => options.root.removeEventListener('keydown', onKey));

  if (options.url) cleanups.push(syncUrl(store));
  if (fromUrl.place) store.set({ place: fromUrl.place }, { source: 'url' });
  else if (fromUrl.zone) store.set({ zone: fromUrl.zone }, { source: 'url' });
  if (options.url) window.history.replaceState(null, '', formatHash(store.get()));
  void openArticle(articleId);
  return {
    getState: publicState,
    select: (placeId, meta = { source: 'host' }) => {
      select(placeId, meta);
      if (placeId) renderer?.flyTo(placeId);
    },
    setLang: (lang, meta = { source: 'host' }) => store.set({ lang }, meta),
    setArticle: (articleId, meta = { source: 'host' }) => {
      if (index.articles.some((a) => a.id === articleId)) store.set({ article: articleId, place: null }, meta);
      else {
        notices.push(STRINGS[store.get().lang].unknownArticle(articleId));
        showNotices();
      }
    },
    destroy: () => {
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

/** An empty places collection for an article whose places file failed to load. */
function emptyPlaces(article: PageArticle | null, id: string): PlacesCollection {
  const original = article?.texts[0];
  return {
    type: 'FeatureCollection',
    metadata: { article: id, title: original?.title ?? id, outlet: article?.outlet.en ?? '', date: article?.date ?? '', language: article?.language ?? 'ar' },
    features: [],
  };
}

/** A stand-in article (title only) for places whose article file failed to load. */
function articleFromPlaces(places: PlacesCollection, id: string): PageArticle {
  const m = places.metadata;
  const partyIds = [...new Set(places.features.flatMap((f) => [f.properties.party, ...f.properties.parties]).filter((p): p is string => !!p))].sort();
  return {
    id,
    date: m.date,
    outlet: { ar: m.outlet, en: m.outlet },
    language: m.language,
    texts: [{ lang: m.language, original: true, title: m.title, blocks: [{ id: 'title', kind: 'title', text: m.title }] }],
    parties: partyIds.map((p) => ({ id: p, name: { ar: p, en: p }, label: { ar: p, en: p } })),
  };
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
