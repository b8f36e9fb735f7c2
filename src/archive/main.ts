/**
 * The archive page (`archive.html`): "Control over time (synthetic data)". 50,000 SYNTHETIC dated
 * control claims (`data/synthetic-claims.json`, see src/core/synthetic-claims.ts) on the embedded
 * basemap, clustered, filtered by party and by date with a "map as of" slider.
 *
 * Hooks for tests and benchmarks (no globals): `<body data-map-ready="true">` once the claims are
 * drawn (after an `idle`, the clusters' counts plus the single claims MapLibre reports as
 * rendered add up to every claim selected); on the map container `data-rendered-clusters`,
 * `data-rendered-points` and `data-rendered-claims`, updated after every `idle`; on the count
 * (`#cm-archive-count`) `data-shown-count`, the number of claims the filter selects.
 *
 * `?lang=en` opens in English; `?update=diff|expr` picks another way of updating the map, for
 * `npm run bench:scale` only (see claims-map.ts).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import '../ui/fonts.css';
import './archive.css';
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { createPartyPalette } from '../core/palette.ts';
import type { Lang } from '../core/types.ts';
import { h } from '../ui/dom.ts';
import { createClaimsMap, type UpdateStrategy } from './claims-map.ts';
import { createArchiveControls } from './controls.ts';
import { ARCHIVE_DATA, loadBasemapCollection, loadClaimColumns } from './load-data.ts';
import { writeRenderedClaims } from './rendered-claims.ts';
import { createClaimsIndex, selectClaims, type ClaimsFilter } from './select-claims.ts';
import { ARCHIVE_STRINGS, readLang } from './strings.ts';

const ATTRIBUTION = 'ادعاءات اصطناعية · synthetic claims';

function setDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = ARCHIVE_STRINGS[lang].documentTitle;
}

async function startArchive(): Promise<void> {
  // MapLibre's worker starts now, while the data downloads, rather than when the map is created.
  setWorkerUrl(workerUrl);
  prewarm();
  const root = document.getElementById('cm-archive') as HTMLElement;
  const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;
  const params = new URLSearchParams(window.location.search);
  const update = (['data', 'diff', 'expr'] as const).find((s) => s === params.get('update')) ?? ('data' satisfies UpdateStrategy);
  let lang = readLang(window.location.search);
  setDocumentLang(lang);

  const title = root.querySelector<HTMLElement>('.cm-archive__title') as HTMLElement;
  const note = root.querySelector<HTMLElement>('.cm-archive__note') as HTMLElement;
  const langButton = root.querySelector<HTMLButtonElement>('.cm-archive__lang') as HTMLButtonElement;
  const mapElement = root.querySelector<HTMLElement>('#cm-archive-map') as HTMLElement;
  const panel = root.querySelector<HTMLElement>('.cm-archive__panel') as HTMLElement;

  let columns;
  let basemap;
  try {
    [columns, basemap] = await Promise.all([
      loadClaimColumns(new URL(ARCHIVE_DATA.claims, base).href),
      loadBasemapCollection(new URL(ARCHIVE_DATA.basemap, base).href),
    ]);
  } catch (error) {
    panel.replaceChildren(h('p', { class: 'cm-archive__error', role: 'alert' }, `${ARCHIVE_STRINGS[lang].loadError}: ${error instanceof Error ? error.message : String(error)}`));
    throw error;
  }

  // No closure below refers to `columns`: once the index and the map's features are built, the
  // parsed file (about 2 MB of JS arrays) can be collected.
  const index = createClaimsIndex(columns);
  const palette = createPartyPalette(columns.parties);
  const labels = columns.party_labels;
  const parties = columns.parties.map((id) => ({ id, colour: palette.colour(id), label: labels[id] ?? { ar: id.toUpperCase(), en: id.toUpperCase() } }));
  const { start } = columns;
  let filter: ClaimsFilter = { parties: parties.map(() => true), fromDay: 0, asOfDay: index.lastDay, mode: 'window' };
  const buffer = new Int32Array(columns.count);
  const initial = selectClaims(index, filter, buffer);

  const map = createClaimsMap({
    container: mapElement,
    basemap,
    assetBase: base,
    lang,
    label: ARCHIVE_STRINGS[lang].map,
    attribution: ATTRIBUTION,
    columns,
    parties,
    initial: { indices: initial.indices, count: initial.count, filter },
    update,
    onRendered: (rendered, expected, settled) => {
      writeRenderedClaims(mapElement, rendered);
      if (settled && rendered.claims === expected && expected > 0) document.body.dataset.mapReady = 'true';
    },
  });

  // The panel after the map: building it (tens of ms) overlaps with MapLibre waiting for the
  // frame in which it loads the style.
  const controls = createArchiveControls({
    lang,
    parties,
    start,
    lastDay: index.lastDay,
    initial: filter,
    onChange: (next) => {
      filter = next;
      const selection = selectClaims(index, filter, buffer);
      controls.setCounts(selection);
      map.show(selection.indices, selection.count, filter);
    },
  });
  controls.setCounts(initial);
  panel.replaceChildren(controls.element);

  const render = (): void => {
    const s = ARCHIVE_STRINGS[lang];
    setDocumentLang(lang);
    title.textContent = s.title;
    note.textContent = s.syntheticNote;
    langButton.textContent = s.switchLanguage;
    langButton.setAttribute('aria-label', s.switchLanguageLabel);
    langButton.lang = lang === 'ar' ? 'en' : 'ar';
  };
  langButton.addEventListener('click', () => {
    lang = lang === 'ar' ? 'en' : 'ar';
    const url = new URL(window.location.href);
    if (lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    window.history.replaceState(null, '', url);
    render();
    controls.setLang(lang);
    map.setLang(lang, ARCHIVE_STRINGS[lang].map);
  });
  render();
}

void startArchive().catch((error: unknown) => {
  document.body.dataset.mapError = String(error);
  throw error;
});
