import type { FeatureCollection } from 'geojson';
import { formatIssue, type Issue } from '../core/errors.ts';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import { serializeGeoJson } from '../core/geojson/serialize-geojson.ts';
import { resolveMatches } from '../core/resolve/resolve-matches.ts';
import { claimsSchema } from '../core/schema/schemas.ts';
import type { SiteIndex } from '../core/site-index.ts';
import type { Block, Gazetteer, GeoparseWarning, Lang, Match, Party, Place } from '../core/types.ts';
import type { PlaceRenderer } from '../map/renderer.ts';
import { createPlaceStyles, type PlaceStyles } from '../render/place-styles.ts';
import { createZoneStyles } from '../render/zone-styles.ts';
import { h } from '../ui/dom.ts';
import { renderLegend } from '../ui/legend.ts';
import { createGeoparseClient, type GeoparseClient } from '../worker/geoparse-client.ts';
import { renderClaimForm } from './claim-form.ts';
import { createDraftBuilder, type DraftBuildResult } from './draft-builder.ts';
import { createDraftStore, type SaveFailure } from './draft-store.ts';
import { createEmptyDraft, type Draft, type DraftClaim, type DraftEvidence, type DraftPlace } from './draft.ts';
import { createArticleFiles, sourceOf, zipArticleFolder } from './export-files.ts';
import { segmentText, type MarkSpan } from './mark-segments.ts';
import { parseDraftText, isArticleFile, readArticleFile, type DraftText } from './parse-draft-text.ts';
import { renderPlaceForm, type PlaceForm } from './place-form.ts';
import { ARTICLE_MAX_CHARS, decodeTextFile, detectTextLanguage, formatBytes, utf8Length } from './read-input.ts';
import { AUTHOR_STRINGS, type AuthorStrings } from './strings.ts';
import { createWorkerSuggester, type ClaimSuggester, type ClaimSuggestion, type ResolvedMention } from './suggestions.ts';
import { editorSelection, readViewSelection } from './text-selection.ts';

/** The site's data the page works with. */
export interface AuthorSite {
  gazetteer: Gazetteer;
  parties: Party[];
  /** Names several parties use (data/parties.json `shared_aliases`), for the claim suggester. */
  sharedAliases?: { ar: string[]; en: string[] };
  basemap: FeatureCollection;
  index: SiteIndex;
}

/** Options of {@link startAuthorPage}. */
export interface AuthorPageOptions {
  root: HTMLElement;
  site: AuthorSite;
  /** The claim suggester. @defaultValue the geoparse worker's, when it has one ({@link createWorkerSuggester}) */
  suggester?: ClaimSuggester;
  /** Makes the preview's map renderer; rejects without WebGL. */
  createRenderer: (input: { container: HTMLElement; lang: Lang; label: string; onMapClick: (lngLat: [number, number]) => void }) => Promise<PlaceRenderer>;
  /** The dev server's "Save to content/" endpoint; null in the static build. */
  saveUrl: string | null;
  /** Wait after typing before the text is read again, ms. @defaultValue 250 */
  delayMs?: number;
}

/** A message for the reporter: what happened with their input, and any problems listed under it. */
interface Notice {
  kind: 'info' | 'warning' | 'error';
  text: string;
  details?: string[];
}

/** What the worker found in the current text. */
interface Analysis {
  blocks: Block[];
  mentions: ResolvedMention[];
  warnings: GeoparseWarning[];
}

/**
 * Starts the authoring page: the article form and text, the places found (the geoparse worker),
 * the suggested and accepted claims, added places, the problems `npm run geo` would report (the
 * build worker) and the preview map, legend and zones. The draft is saved in the browser on every
 * change and restored on reload. Readiness for tests: `data-author-ready` on the body once the
 * page works, and on the root `data-draft-version` (each change) with `data-analysed-version` and
 * `data-built-version` (the change the text's marks and the problems and preview are up to date with).
 */
export async function startAuthorPage(options: AuthorPageOptions): Promise<void> {
  const { root, site } = options;
  const delayMs = options.delayMs ?? 250;
  const store = createDraftStore({ onSaved: (failure) => reportSave(failure) });
  const stored = await store.load();
  let draft: Draft = stored ?? createEmptyDraft();
  let s: AuthorStrings = AUTHOR_STRINGS[draft.uiLang];
  let version = 0;
  let parsed: DraftText = parseDraftText(draft.text);
  let analysis: Analysis | null = null;
  let suggestions: ClaimSuggestion[] = [];
  let build: DraftBuildResult | null = null;
  let activeQuote: DraftEvidence | null = null;
  const notices: Notice[] = stored ? [{ kind: 'info', text: s.restored }] : [];
  let oversized: { text: string; size: string; progress: number; result: string | null } | null = null;
  let renderer: PlaceRenderer | null = null;
  let placeForm: PlaceForm | null = null;
  let lastSelection: { at: number; evidence: DraftEvidence | null } = { at: 0, evidence: null };

  // --- Gazetteer: the site's plus the places added in this draft --------------------------
  const addedPlace = (p: DraftPlace): Place => ({
    id: p.id, ar: p.ar, en: p.en, lat: p.lat, lon: p.lon, kind: p.kind, admin: p.admin,
    precisionKm: p.precisionKm, precisionCode: p.precisionCode, source: sourceOf(p, draft.meta.id),
  });
  const gazetteer = (): Gazetteer => ({ region: site.gazetteer.region, places: [...site.gazetteer.places, ...draft.additions.map(addedPlace)] });
  // The worker finds places and, given the parties, suggests claims (issue 13, part 1).
  const startGeoparser = (): GeoparseClient =>
    createGeoparseClient(gazetteer().places, { parties: site.parties, region: site.gazetteer.region, ...(site.sharedAliases ? { sharedAliases: site.sharedAliases } : {}) });
  let geoparser = startGeoparser();
  let suggester: ClaimSuggester = options.suggester ?? createWorkerSuggester(geoparser);
  let geoparserKey = JSON.stringify(draft.additions);
  const placeName = (id: string): string => {
    const p = gazetteer().places.find((x) => x.id === id);
    return (draft.uiLang === 'ar' ? p?.ar[0] : p?.en[0]) ?? id;
  };

  // --- Layout ----------------------------------------------------------------------------
  const el = buildLayout();
  root.replaceChildren(el.page);
  const builder = createDraftBuilder({ gazetteer: site.gazetteer, parties: site.parties, basemap: site.basemap });

  function buildLayout() {
    const title = h('h1', { class: 'cm-author__title' });
    const newButton = h('button', { type: 'button', class: 'cm-button', 'data-action': 'new' });
    const openButton = h('button', { type: 'button', class: 'cm-button', 'data-action': 'open' });
    const fileInput = h('input', { type: 'file', accept: '.txt,.md,text/plain,text/markdown', hidden: true, 'data-role': 'file' });
    const exportButton = h('button', { type: 'button', class: 'cm-button cm-button--primary', 'data-action': 'export' });
    const geojsonButton = h('button', { type: 'button', class: 'cm-button', 'data-action': 'geojson' });
    const saveButton = h('button', { type: 'button', class: 'cm-button', 'data-action': 'save', hidden: options.saveUrl === null });
    const langButton = h('button', { type: 'button', class: 'cm-button', 'data-action': 'lang' });
    const notice = h('div', { class: 'cm-author__notices', role: 'status', 'aria-live': 'polite' });
    const saveState = h('p', { class: 'cm-author__saved', 'aria-live': 'polite' });
    const field = (name: string, attrs: Record<string, string | boolean> = {}): HTMLInputElement => h('input', { name, id: `cm-author-${name}`, ...attrs });
    const meta = {
      id: field('id', { dir: 'ltr', 'aria-describedby': 'cm-author-id-hint', autocomplete: 'off' }),
      title: field('title', { dir: 'auto' }),
      date: field('date', { type: 'date', dir: 'ltr' }),
      outletAr: field('outletAr', { dir: 'rtl', lang: 'ar' }),
      outletEn: field('outletEn', { dir: 'ltr', lang: 'en' }),
      url: field('url', { type: 'url', dir: 'ltr' }),
    };
    const language = h('select', { name: 'language', id: 'cm-author-language' }, h('option', { value: 'ar' }), h('option', { value: 'en' }));
    const label = (forId: string): HTMLLabelElement => h('label', { for: forId, class: 'cm-author-field__label' });
    const metaLabels = {
      id: label('cm-author-id'), title: label('cm-author-title'), date: label('cm-author-date'), outletAr: label('cm-author-outletAr'),
      outletEn: label('cm-author-outletEn'), url: label('cm-author-url'), language: label('cm-author-language'),
    };
    const idHint = h('span', { id: 'cm-author-id-hint', class: 'cm-author-field__hint' });
    const metaForm = h(
      'form',
      { class: 'cm-author-meta', 'aria-labelledby': 'cm-author-article-heading', novalidate: true },
      ...(['id', 'title', 'date', 'outletAr', 'outletEn', 'url'] as const).map((k) => h('div', { class: 'cm-author-field' }, metaLabels[k], meta[k], k === 'id' ? idHint : null)),
      h('div', { class: 'cm-author-field' }, metaLabels.language, language),
    );
    metaForm.addEventListener('submit', (e) => e.preventDefault());
    // Focusable from script (not by Tab): focus goes to a section's heading when what had it goes away.
    const heading = (id: string): HTMLHeadingElement => h('h2', { id, class: 'cm-author__heading', tabindex: -1 });
    const text = h('textarea', { id: 'cm-author-text', class: 'cm-author__text', rows: 14, spellcheck: false, 'aria-describedby': 'cm-author-text-hint' });
    const textLabel = h('label', { for: 'cm-author-text', class: 'cm-author__heading' });
    const textHint = h('p', { id: 'cm-author-text-hint', class: 'cm-author-field__hint' });
    const readHint = h('p', { class: 'cm-author-field__hint' });
    // Focusable: it scrolls, and a keyboard must reach all of it.
    const read = h('div', { class: 'cm-author__read', id: 'cm-author-read', tabindex: 0, role: 'region', 'aria-labelledby': 'cm-author-marked-heading' });
    const claimFromSelection = h('button', { type: 'button', class: 'cm-button', 'data-action': 'claim-from-selection' });
    const headings = {
      article: heading('cm-author-article-heading'), marked: heading('cm-author-marked-heading'), problems: heading('cm-author-problems-heading'),
      places: heading('cm-author-places-heading'), unknown: heading('cm-author-unknown-heading'), suggestions: heading('cm-author-suggestions-heading'),
      claims: heading('cm-author-claims-heading'), added: heading('cm-author-added-heading'), preview: heading('cm-author-preview-heading'),
    };
    const list = (cls: string): HTMLUListElement => h('ul', { class: `cm-author-list ${cls}` });
    const problems = list('cm-author-problems');
    const problemsSummary = h('p', { class: 'cm-author-problems__summary' });
    const places = list('cm-author-places');
    const unknown = list('cm-author-unknown');
    const addPlace = h('button', { type: 'button', class: 'cm-button', 'data-action': 'add-place' });
    const cards = h('div', { class: 'cm-author-cards' });
    const claims = list('cm-author-claims');
    const added = list('cm-author-added');
    const editor = h('div', { class: 'cm-author-editor', hidden: true });
    const mapArea = h('section', { class: 'cm-author__map-area', 'aria-labelledby': 'cm-author-preview-heading' });
    const map = h('div', { class: 'cm-author__map', id: 'cm-author-map' });
    const legend = h('div', { class: 'cm-legend', id: 'cm-author-legend' });
    const mapNotice = h('p', { class: 'cm-author__map-notice', hidden: true });
    mapArea.append(headings.preview, map, legend, mapNotice);
    const section = (labelledBy: HTMLElement, ...children: Array<Node | null>): HTMLElement => h('section', { class: 'cm-author-section', 'aria-labelledby': labelledBy.id }, labelledBy, ...children);
    const page = h(
      'div',
      { class: 'cm-author__page' },
      h('header', { class: 'cm-author__header' }, title, h('div', { class: 'cm-author__actions' }, newButton, openButton, fileInput, exportButton, geojsonButton, saveButton, langButton)),
      notice,
      h(
        'main',
        { class: 'cm-author__main' },
        h(
          'div',
          { class: 'cm-author__column cm-author__column--text' },
          section(headings.article, metaForm),
          h('section', { class: 'cm-author-section cm-author-drop', 'aria-labelledby': 'cm-author-text' }, textLabel, textHint, text),
          section(headings.marked, readHint, claimFromSelection, read),
        ),
        h(
          'div',
          { class: 'cm-author__column cm-author__column--review' },
          editor,
          section(headings.problems, problemsSummary, problems),
          section(headings.suggestions, cards),
          section(headings.claims, claims),
          section(headings.places, places),
          section(headings.unknown, unknown, addPlace),
          section(headings.added, added),
        ),
        h('div', { class: 'cm-author__column cm-author__column--preview' }, mapArea, saveState),
      ),
    );
    return {
      page, title, newButton, openButton, fileInput, exportButton, geojsonButton, saveButton, langButton, notice, saveState, meta, language, metaLabels, idHint, metaForm,
      text, textLabel, textHint, readHint, read, claimFromSelection, headings, problems, problemsSummary, places, unknown, addPlace, cards, claims, added, editor, map, legend, mapNotice,
    };
  }

  // --- Words on the page (both languages) ------------------------------------------------
  function renderChrome(): void {
    s = AUTHOR_STRINGS[draft.uiLang];
    const dir = draft.uiLang === 'ar' ? 'rtl' : 'ltr';
    document.documentElement.lang = draft.uiLang;
    document.documentElement.dir = dir;
    document.title = s.docTitle;
    el.title.textContent = s.pageTitle;
    el.newButton.textContent = s.newDraft;
    el.openButton.textContent = s.openFile;
    el.exportButton.textContent = s.exportZip;
    el.geojsonButton.textContent = s.downloadGeojson;
    el.saveButton.textContent = s.saveToContent;
    el.langButton.textContent = s.switchLanguage;
    el.langButton.setAttribute('lang', draft.uiLang === 'ar' ? 'en' : 'ar');
    el.langButton.setAttribute('aria-label', s.switchLanguageLabel);
    el.headings.article.textContent = s.article;
    el.metaLabels.id.textContent = s.articleId;
    el.idHint.textContent = s.articleIdHint;
    el.metaLabels.title.textContent = s.title;
    el.metaLabels.date.textContent = s.date;
    el.metaLabels.outletAr.textContent = s.outletAr;
    el.metaLabels.outletEn.textContent = s.outletEn;
    el.metaLabels.url.textContent = s.url;
    el.metaLabels.language.textContent = s.language;
    (el.language.options[0] as HTMLOptionElement).textContent = s.langAr;
    (el.language.options[1] as HTMLOptionElement).textContent = s.langEn;
    el.textLabel.textContent = s.text;
    el.textHint.textContent = `${s.textHint}${options.saveUrl === null ? ` ${s.saveOnlyInDev}` : ''}`;
    el.headings.marked.textContent = s.markedText;
    el.readHint.textContent = s.markedTextHint;
    el.claimFromSelection.textContent = s.claimFromSelection;
    el.headings.problems.textContent = s.problems;
    el.headings.places.textContent = s.places;
    el.headings.unknown.textContent = s.unknown;
    el.addPlace.textContent = s.addPlace;
    el.headings.suggestions.textContent = s.suggestions;
    el.headings.claims.textContent = s.claims;
    el.headings.added.textContent = s.added;
    el.headings.preview.textContent = s.preview;
    el.map.setAttribute('aria-label', s.map);
  }

  /** The form and the editor from the draft (on start, a new draft, an opened file). */
  function renderInputs(): void {
    for (const key of ['id', 'title', 'date', 'outletAr', 'outletEn', 'url'] as const) el.meta[key].value = draft.meta[key];
    el.language.value = draft.meta.language;
    if (el.text.value !== draft.text) el.text.value = draft.text;
    applyTextDirection();
  }

  function applyTextDirection(): void {
    const dir = draft.meta.language === 'ar' ? 'rtl' : 'ltr';
    for (const node of [el.text, el.read]) {
      node.dir = dir;
      node.lang = draft.meta.language;
    }
  }

  function renderNotices(): void {
    const items = [...notices];
    if (oversized) items.unshift({ kind: 'warning', text: oversized.result ?? s.tooLongProgress(oversized.progress), details: [s.tooLong(oversized.size, oversized.text.length.toLocaleString('en'), ARTICLE_MAX_CHARS.toLocaleString('en'))] });
    el.notice.replaceChildren(
      ...items.map((n) =>
        h('div', { class: `cm-author-notice cm-author-notice--${n.kind}`, 'data-kind': n.kind }, h('p', {}, n.text), n.details?.length ? h('ul', {}, ...n.details.map((d) => h('li', { dir: 'auto' }, d))) : null),
      ),
    );
  }

  function say(notice: Notice, replace = true): void {
    if (replace) notices.splice(0, notices.length);
    notices.push(notice);
    renderNotices();
  }

  function reportSave(failure: SaveFailure | null): void {
    el.saveState.textContent = failure === null ? s.saved : failure.kind === 'quota' ? s.saveFailedQuota : s.saveFailed(failure.message);
    el.saveState.dataset.failed = String(failure !== null);
  }

  // --- Changes -----------------------------------------------------------------------------
  let analyseTimer: ReturnType<typeof setTimeout> | null = null;
  /** Records a change of the draft: saved, then the text read again and the folder rebuilt. */
  function changed(what: { text?: boolean; additions?: boolean } = {}): void {
    version++;
    root.dataset.draftVersion = String(version);
    store.saveSoon(draft);
    if (what.text) parsed = parseDraftText(draft.text);
    if (what.additions) {
      const key = JSON.stringify(draft.additions);
      if (key !== geoparserKey) {
        geoparser.terminate();
        geoparser = startGeoparser();
        suggester = options.suggester ?? createWorkerSuggester(geoparser);
        geoparserKey = key;
      }
    }
    if (analyseTimer) clearTimeout(analyseTimer);
    analyseTimer = setTimeout(() => {
      analyseTimer = null;
      void analyse(version);
      void rebuild(version);
    }, delayMs);
    renderClaims();
    renderAdded();
  }

  async function analyse(at: number): Promise<void> {
    const blocks = parsed.blocks;
    const mixed = detectTextLanguage(draft.text);
    if (mixed.mixed) {
      const text = s.mixedScripts(Math.round(mixed.arabicShare * 100));
      if (!notices.some((n) => n.text === text)) say({ kind: 'warning', text }, false);
    }
    let result: Analysis = { blocks, mentions: [], warnings: [] };
    if (blocks.length > 0) {
      let found;
      try {
        found = await geoparser.geoparse(blocks.map((b) => b.text).join('\n\n'));
      } catch (error) {
        if (at === version) say({ kind: 'error', text: error instanceof Error ? error.message : String(error) }, false);
        return;
      }
      if (at !== version) return;
      // The worker numbers the paragraphs p1, p2…: the blocks, in order.
      const blockOf = (paragraph: string): Block | undefined => blocks[Number(paragraph.slice(1)) - 1];
      const matches: Match[] = found.matches.flatMap((m) => {
        const b = blockOf(m.paragraph);
        return b ? [{ ...m, paragraph: b.id }] : [];
      });
      const { resolved } = resolveMatches(matches, gazetteer());
      result = {
        blocks,
        mentions: resolved.map(({ match, placeId }) => ({ paragraph: match.paragraph, start: match.start, end: match.end, place: placeId, text: match.text })),
        warnings: found.warnings.flatMap((w) => {
          const b = blockOf(w.paragraph);
          return b ? [{ ...w, paragraph: b.id }] : [];
        }),
      };
    }
    analysis = result;
    renderRead();
    renderPlaces();
    renderUnknown();
    suggestions = result.mentions.length > 0 ? await suggester.suggest({ blocks, mentions: result.mentions }).catch(() => []) : [];
    if (at !== version) return;
    renderCards();
    root.dataset.analysedVersion = String(at);
  }

  function previewMeta(): Draft {
    const m = draft.meta;
    return {
      ...draft,
      meta: {
        ...m,
        id: 'draft-preview',
        title: m.title.trim() || '…',
        date: /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? m.date : new Date().toISOString().slice(0, 10),
        outletAr: m.outletAr.trim() || '…',
        outletEn: m.outletEn.trim() || '…',
        url: /^https?:\/\//.test(m.url) ? m.url : '',
      },
    };
  }

  async function rebuild(at: number): Promise<void> {
    const inputProblems = currentInputProblems();
    if (inputProblems.length > 0 || parsed.blocks.length === 0) {
      build = { issues: inputProblems, preview: null };
      renderProblems();
      root.dataset.builtVersion = String(at);
      return;
    }
    const files = createArticleFiles(draft, parsed.blocks);
    const preview = previewMeta();
    let result: DraftBuildResult | null;
    try {
      result = await builder.build({ articleId: draft.meta.id, files, previewId: preview.meta.id, previewFiles: createArticleFiles(preview, parsed.blocks) });
    } catch (error) {
      say({ kind: 'error', text: error instanceof Error ? error.message : String(error) }, false);
      return;
    }
    if (!result || at !== version) return;
    build = result;
    renderProblems();
    await renderPreview(result);
    if (at === version) root.dataset.builtVersion = String(at);
  }

  /** Problems of the input itself, before any build: an empty text, blocks that do not parse. */
  function currentInputProblems(): Issue[] {
    if (!draft.text.trim()) return [{ file: 'text', message: s.emptyText }];
    return parsed.issues;
  }

  // --- Rendering the analysis ------------------------------------------------------------
  function renderRead(): void {
    if (!analysis) return;
    const byBlock = new Map<string, MarkSpan[]>();
    const add = (paragraph: string, span: MarkSpan): void => {
      const list = byBlock.get(paragraph) ?? [];
      list.push(span);
      byBlock.set(paragraph, list);
    };
    for (const m of analysis.mentions) add(m.paragraph, { start: m.start, end: m.end, classes: ['cm-author-mention'], place: m.place });
    for (const w of analysis.warnings) add(w.paragraph, { start: w.start, end: w.end, classes: ['cm-author-unknown-name'] });
    for (const c of draft.claims) for (const e of c.evidence) add(e.paragraph, { start: e.start, end: e.end, classes: ['cm-author-quote'] });
    if (activeQuote) add(activeQuote.paragraph, { start: activeQuote.start, end: activeQuote.end, classes: ['cm-author-quote--active'] });
    el.read.replaceChildren(
      ...analysis.blocks.map((b) =>
        h(
          'p',
          { class: 'cm-author-block', 'data-block': b.id },
          ...segmentText(b.text, byBlock.get(b.id) ?? []).map((seg) =>
            seg.classes.length === 0 ? seg.text : h('mark', { class: seg.classes.join(' '), ...(seg.place ? { 'data-place': seg.place, title: placeName(seg.place) } : {}) }, seg.text),
          ),
        ),
      ),
    );
  }

  function renderPlaces(): void {
    const counts = new Map<string, { n: number; paragraphs: Set<string> }>();
    for (const m of analysis?.mentions ?? []) {
      const c = counts.get(m.place) ?? { n: 0, paragraphs: new Set<string>() };
      c.n++;
      c.paragraphs.add(m.paragraph);
      counts.set(m.place, c);
    }
    el.places.replaceChildren(
      ...(counts.size === 0
        ? [h('li', { class: 'cm-author-list__empty' }, s.noPlaces)]
        : [...counts].map(([id, c]) => h('li', { 'data-place': id }, h('span', { class: 'cm-author-list__name' }, placeName(id)), ` (${id}) — ${s.mentions(c.n)}: ${[...c.paragraphs].join(', ')}`))),
    );
  }

  function renderUnknown(): void {
    const seen = new Map<string, GeoparseWarning>();
    for (const w of analysis?.warnings ?? []) if (!seen.has(w.text)) seen.set(w.text, w);
    el.unknown.replaceChildren(
      ...(seen.size === 0
        ? [h('li', { class: 'cm-author-list__empty' }, s.noUnknown)]
        : [...seen.values()].map((w) => {
          const button = h('button', { type: 'button', class: 'cm-button', 'data-action': 'add-unknown', 'data-name': w.text }, s.addPlaceFor(w.text));
          button.addEventListener('click', () => openPlaceForm(draft.meta.language === 'ar' ? { ar: [w.text] } : { en: [w.text] }, button));
          return h('li', {}, h('span', { class: 'cm-author-list__name' }, w.text), ` (${w.paragraph}: ${w.reason}) `, button);
        })),
    );
  }

  function describeClaim(c: Pick<DraftClaim, 'status' | 'party' | 'parties' | 'extent' | 'change'>): string {
    const label = (id: string): string => site.parties.find((p) => p.id === id)?.label[draft.uiLang] ?? id;
    const who = c.status === 'contested' ? `${s.statusContested}: ${(c.parties ?? []).map(label).join(' / ')}` : label(c.party ?? '');
    return `${who} · ${c.extent} · ${c.change}`;
  }

  function renderCards(): void {
    const shown = suggestions.filter((g) => !draft.rejected.includes(g.key) && !draft.claims.some((c) => c.key === g.key));
    if (!suggester.available) {
      el.cards.replaceChildren(h('p', { class: 'cm-author-list__empty' }, s.suggesterMissing));
      return;
    }
    el.cards.replaceChildren(
      ...(shown.length === 0
        ? [h('p', { class: 'cm-author-list__empty' }, s.noSuggestions)]
        : shown.map((g) => {
          const accept = h('button', { type: 'button', class: 'cm-button cm-button--primary', 'data-action': 'accept' }, s.accept);
          const edit = h('button', { type: 'button', class: 'cm-button', 'data-action': 'edit' }, s.edit);
          const reject = h('button', { type: 'button', class: 'cm-button', 'data-action': 'reject' }, s.reject);
          const block = parsed.blocks.find((b) => b.id === g.evidence.paragraph);
          const card = h(
            'article',
            { class: 'cm-author-card', 'data-suggestion': g.key, 'data-place': g.place, 'aria-label': `${placeName(g.place)}: ${describeClaim(g)}` },
            h('h3', { class: 'cm-author-card__title' }, placeName(g.place)),
            h('p', { class: 'cm-author-card__claim' }, describeClaim(g)),
            h('blockquote', { class: 'cm-author-card__quote', lang: draft.meta.language, dir: draft.meta.language === 'ar' ? 'rtl' : 'ltr' }, ...quoteWithPlace(g, block)),
            h('p', { class: 'cm-author-card__meta' }, `${g.evidence.paragraph} · ${s.confidence(g.confidence)} · ${g.rule}`),
            g.why.length ? h('details', { class: 'cm-author-card__why' }, h('summary', {}, s.why), h('ul', { dir: 'ltr' }, ...g.why.map((w) => h('li', {}, w)))) : null,
            h('div', { class: 'cm-author-card__actions' }, accept, edit, reject),
          );
          const focusQuote = (): void => {
            activeQuote = g.evidence;
            renderRead();
          };
          card.addEventListener('focusin', focusQuote);
          card.addEventListener('mouseenter', focusQuote);
          accept.addEventListener('click', () => {
            acceptClaim(fromSuggestion(g));
            focusCardsAfter(g.key);
          });
          edit.addEventListener('click', () => openClaimForm(fromSuggestion(g), edit));
          reject.addEventListener('click', () => {
            draft = { ...draft, rejected: [...draft.rejected, g.key] };
            changed();
            renderCards();
            focusCardsAfter(g.key);
          });
          return card;
        })),
    );
  }

  /** Focus, once a card has gone, on the card that took its place (or the section's heading). */
  function focusCardsAfter(key: string): void {
    const index = suggestions.findIndex((g) => g.key === key);
    const next = suggestions.slice(index + 1).find((g) => el.cards.querySelector(`[data-suggestion="${CSS.escape(g.key)}"]`));
    const button = next ? el.cards.querySelector<HTMLElement>(`[data-suggestion="${CSS.escape(next.key)}"] [data-action="accept"]`) : null;
    (button ?? el.headings.suggestions).focus();
  }

  /** The quote of a suggestion with the place's name in it marked. */
  function quoteWithPlace(g: ClaimSuggestion, block: Block | undefined): Array<string | HTMLElement> {
    const mention = analysis?.mentions.find((m) => m.paragraph === g.evidence.paragraph && m.place === g.place && m.start >= g.evidence.start && m.end <= g.evidence.end);
    if (!block || !mention) return [g.evidence.quote];
    return segmentText(block.text.slice(g.evidence.start, g.evidence.end), [{ start: mention.start - g.evidence.start, end: mention.end - g.evidence.start, classes: ['cm-author-mention'] }]).map((seg) =>
      seg.classes.length ? h('mark', { class: seg.classes.join(' ') }, seg.text) : seg.text,
    );
  }

  function fromSuggestion(g: ClaimSuggestion): DraftClaim {
    return {
      key: g.key,
      origin: 'suggested',
      place: g.place,
      status: g.status,
      ...(g.status === 'contested' ? { parties: g.parties ?? [] } : { party: g.party ?? site.parties[0]?.id ?? '' }),
      extent: g.extent,
      change: g.change,
      asOf: '',
      note: '',
      ...(g.attributedTo ? { attributedTo: g.attributedTo } : {}),
      evidence: [g.evidence],
    };
  }

  /** Adds or replaces a claim; a second claim on a place that has one adds its quote to it (one claim per place). */
  function acceptClaim(claim: DraftClaim): void {
    const same = draft.claims.findIndex((c) => c.key === claim.key);
    const onPlace = draft.claims.findIndex((c) => c.place === claim.place && c.key !== claim.key);
    let claims = [...draft.claims];
    if (same >= 0) claims[same] = claim;
    else if (onPlace >= 0) {
      const existing = claims[onPlace] as DraftClaim;
      const evidence = [...existing.evidence];
      for (const e of claim.evidence) if (!evidence.some((x) => x.paragraph === e.paragraph && x.quote === e.quote)) evidence.push(e);
      claims[onPlace] = { ...existing, evidence };
      // The suggestion is handled: its card goes.
      draft = { ...draft, rejected: [...draft.rejected, claim.key] };
      say({ kind: 'info', text: s.mergedEvidence(placeName(claim.place)) });
    } else claims.push(claim);
    claims = sortClaims(claims);
    draft = { ...draft, claims };
    closeEditor();
    changed();
    renderCards();
    renderRead();
  }

  /** Claims in the order of the text: by their first quote's paragraph, then position. */
  function sortClaims(claims: DraftClaim[]): DraftClaim[] {
    const order = new Map(parsed.blocks.map((b, i) => [b.id, i]));
    const rank = (c: DraftClaim): [number, number] => [order.get(c.evidence[0]?.paragraph ?? '') ?? 1e9, c.evidence[0]?.start ?? 0];
    return [...claims].sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1] || a.place.localeCompare(b.place));
  }

  function renderClaims(): void {
    el.claims.replaceChildren(
      ...(draft.claims.length === 0
        ? [h('li', { class: 'cm-author-list__empty' }, s.noClaims)]
        : draft.claims.map((c) => {
          const edit = h('button', { type: 'button', class: 'cm-button', 'data-action': 'edit-claim' }, s.edit);
          const remove = h('button', { type: 'button', class: 'cm-button', 'data-action': 'remove-claim' }, s.remove);
          edit.addEventListener('click', () => openClaimForm(c, edit));
          remove.addEventListener('click', () => {
            draft = { ...draft, claims: draft.claims.filter((x) => x.key !== c.key) };
            changed();
            renderCards();
            renderRead();
            el.headings.claims.focus();
          });
          return h(
            'li',
            { class: 'cm-author-claim', 'data-place': c.place, 'data-claim': c.key },
            h('span', { class: 'cm-author-list__name' }, placeName(c.place)),
            ` — ${describeClaim(c)} `,
            h('span', { class: 'cm-author-claim__quotes', lang: draft.meta.language }, ...c.evidence.map((e) => h('q', {}, e.quote))),
            h('span', { class: 'cm-author-claim__actions' }, edit, remove),
          );
        })),
    );
  }

  function renderAdded(): void {
    el.added.replaceChildren(
      ...draft.additions.map((p) => {
        const remove = h('button', { type: 'button', class: 'cm-button', 'data-action': 'remove-place' }, s.remove);
        remove.addEventListener('click', () => {
          draft = { ...draft, additions: draft.additions.filter((x) => x.id !== p.id) };
          changed({ additions: true });
          el.headings.added.focus();
        });
        return h('li', { 'data-place': p.id }, h('span', { class: 'cm-author-list__name' }, `${p.ar[0] ?? ''} / ${p.en[0] ?? ''}`), ` (${p.id}, ${p.kind}, ${p.lat}, ${p.lon}, ± ${p.precisionKm} km, ${sourceOf(p, draft.meta.id)}) `, remove);
      }),
    );
  }

  function renderProblems(): void {
    const issues = build?.issues ?? [];
    el.problemsSummary.textContent = issues.length === 0 ? s.noProblems : s.problemsCount(issues.length);
    el.problemsSummary.dataset.ok = String(issues.length === 0);
    el.problems.replaceChildren(...issues.map((i) => h('li', { dir: 'ltr', class: 'cm-author-problem' }, formatIssue(i))));
  }

  // --- The preview -------------------------------------------------------------------------
  let previewPlaces: PlacesCollection | null = null;
  async function renderPreview(result: DraftBuildResult): Promise<void> {
    if (!result.preview) return;
    const { places, zones } = result.preview;
    previewPlaces = result.preview.exact ? places : null;
    const styles: PlaceStyles = createPlaceStyles(places, site.parties);
    const zoneStyles = createZoneStyles(zones, styles.palette);
    renderLegend(el.legend, {
      places,
      styles,
      parties: site.parties,
      outlet: draft.uiLang === 'ar' ? draft.meta.outletAr : draft.meta.outletEn,
      date: places.metadata.date,
      lang: draft.uiLang,
      zones: { ...zoneStyles, visible: true, onToggle: (visible) => renderer?.setZonesVisible(visible) },
      centre: site.index.centre,
    });
    if (!renderer) return;
    await renderer.setPlaces(places, styles, draft.uiLang);
    renderer.setZones({ zones: zoneStyles.zones, colour: zoneStyles.colour, pattern: zoneStyles.pattern, drawPattern: zoneStyles.drawPattern });
  }

  // --- Forms -------------------------------------------------------------------------------
  let editorReturn: HTMLElement | null = null;
  function openEditor(form: HTMLElement, returnTo: HTMLElement | null): void {
    editorReturn = returnTo;
    el.editor.replaceChildren(form);
    el.editor.hidden = false;
    el.editor.scrollIntoView({ block: 'nearest' });
    form.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }
  function closeEditor(): void {
    el.editor.hidden = true;
    el.editor.replaceChildren();
    placeForm = null;
    el.map.dataset.picking = 'false';
    const back = editorReturn;
    editorReturn = null;
    if (back?.isConnected) back.focus();
  }

  function claimPlaces(): Array<{ id: string; name: string }> {
    const ids = new Set([...(analysis?.mentions ?? []).map((m) => m.place), ...draft.additions.map((p) => p.id)]);
    return [...ids].map((id) => ({ id, name: placeName(id) }));
  }

  function openClaimForm(claim: DraftClaim, returnTo: HTMLElement | null): void {
    activeQuote = claim.evidence[0] ?? null;
    renderRead();
    openEditor(
      renderClaimForm(claim, {
        lang: draft.uiLang,
        parties: site.parties,
        places: claimPlaces(),
        withAttribution: 'attributed_to' in (claimsSchema.properties.claims.items.properties as Record<string, unknown>),
        onSave: (saved) => acceptClaim(saved),
        onCancel: () => closeEditor(),
      }),
      returnTo,
    );
  }

  function openPlaceForm(initial: Partial<DraftPlace>, returnTo: HTMLElement | null): void {
    placeForm = renderPlaceForm(initial, {
      lang: draft.uiLang,
      places: gazetteer().places,
      onSave: (place) => {
        draft = { ...draft, additions: [...draft.additions.filter((p) => p.id !== place.id), place] };
        closeEditor();
        changed({ additions: true });
      },
      onCancel: () => closeEditor(),
    });
    el.map.dataset.picking = 'true';
    openEditor(placeForm.element, returnTo);
  }

  let manualClaims = 0;
  function claimFromSelection(): void {
    const evidence = lastSelection.evidence;
    if (!evidence) {
      say({ kind: 'warning', text: lastSelection.at > 0 ? s.selectionNotVerbatim : s.noSelection });
      return;
    }
    const block = parsed.blocks.find((b) => b.id === evidence.paragraph);
    // Verbatim: the words are the block's own, at these offsets.
    if (!block || block.text.slice(evidence.start, evidence.end) !== evidence.quote) {
      say({ kind: 'warning', text: s.selectionNotVerbatim });
      return;
    }
    const inQuote = analysis?.mentions.find((m) => m.paragraph === evidence.paragraph && m.start >= evidence.start && m.end <= evidence.end);
    const inBlock = analysis?.mentions.find((m) => m.paragraph === evidence.paragraph);
    const place = inQuote?.place ?? inBlock?.place ?? claimPlaces()[0]?.id ?? '';
    while (draft.claims.some((c) => c.key === `manual-${manualClaims}`)) manualClaims++;
    openClaimForm({ key: `manual-${manualClaims}`, origin: 'manual', place, status: 'control', party: site.parties[0]?.id ?? '', extent: 'all', change: 'held', asOf: '', note: '', evidence: [evidence] }, el.claimFromSelection);
  }

  // --- Input: typing, pasting, opening and dropping files ---------------------------------
  function setText(text: string): void {
    const wasEmpty = !draft.text.trim();
    draft = { ...draft, text };
    if (wasEmpty) {
      const detected = detectTextLanguage(text).lang;
      if (detected && detected !== draft.meta.language) {
        draft = { ...draft, meta: { ...draft.meta, language: detected } };
        el.language.value = detected;
        applyTextDirection();
      }
    }
    if (!text.trim()) say({ kind: 'warning', text: s.emptyText });
    changed({ text: true });
  }

  /** A text too long for an article: its places are listed from the worker, the draft is left alone. */
  function takeOversized(text: string): void {
    oversized = { text, size: formatBytes(utf8Length(text)), progress: 0, result: null };
    notices.splice(0, notices.length);
    renderNotices();
    root.dataset.oversized = 'working';
    const job = oversized;
    geoparser
      .geoparse(text, (p) => {
        job.progress = Math.floor((100 * p.done) / Math.max(1, p.total));
        if (oversized === job) renderNotices();
      })
      .then(
        (result) => {
          const places = new Set(result.matches.flatMap((m) => m.candidates));
          job.result = s.tooLongDone(result.matches.length, places.size);
        },
        (error: unknown) => {
          job.result = error instanceof Error ? error.message : String(error);
        },
      )
      .finally(() => {
        if (oversized !== job) return;
        renderNotices();
        root.dataset.oversized = 'done';
      });
  }

  function confirmReplace(): boolean {
    const empty = !draft.text.trim() && draft.claims.length === 0 && draft.additions.length === 0;
    return empty || window.confirm(s.confirmNewDraft);
  }

  async function openFile(file: File): Promise<void> {
    const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) {
      say({ kind: 'error', text: decoded.reason === 'binary' ? s.binaryFile(file.name, decoded.format) : s.encodingFile(file.name) });
      return;
    }
    takeText(decoded.text, file.name);
  }

  /** A whole text arriving at once (a file opened or dropped, an article file pasted). */
  function takeText(text: string, name: string): void {
    if (text.length > ARTICLE_MAX_CHARS) {
      takeOversized(text);
      return;
    }
    if (!confirmReplace()) return;
    oversized = null;
    const fresh = createEmptyDraft(draft.uiLang);
    if (isArticleFile(text)) {
      const file = readArticleFile(text, name);
      draft = { ...fresh, meta: { ...fresh.meta, ...file.meta }, text: file.body };
      say(file.issues.length ? { kind: 'error', text: s.fileErrors(name, file.issues.length), details: file.issues.map(formatIssue) } : { kind: 'info', text: s.opened(name) });
    } else {
      const lang = detectTextLanguage(text).lang ?? fresh.meta.language;
      draft = { ...fresh, meta: { ...fresh.meta, language: lang }, text };
      say(text.trim() ? { kind: 'info', text: s.opened(name) } : { kind: 'warning', text: s.emptyText });
    }
    renderInputs();
    changed({ text: true, additions: true });
  }

  el.text.addEventListener('input', () => setText(el.text.value));
  el.text.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text.length > ARTICLE_MAX_CHARS) {
      e.preventDefault();
      takeOversized(text);
    } else if (isArticleFile(text) && !el.text.value.trim()) {
      e.preventDefault();
      takeText(text, 'pasted text');
    }
  });
  const drop = el.text.closest('.cm-author-drop') as HTMLElement;
  drop.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  drop.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void openFile(file);
  });
  el.openButton.addEventListener('click', () => el.fileInput.click());
  el.fileInput.addEventListener('change', () => {
    const file = el.fileInput.files?.[0];
    el.fileInput.value = '';
    if (file) void openFile(file);
  });
  for (const key of ['id', 'title', 'date', 'outletAr', 'outletEn', 'url'] as const) {
    el.meta[key].addEventListener('input', () => {
      draft = { ...draft, meta: { ...draft.meta, [key]: el.meta[key].value } };
      changed();
    });
  }
  el.language.addEventListener('change', () => {
    draft = { ...draft, meta: { ...draft.meta, language: el.language.value === 'en' ? 'en' : 'ar' } };
    applyTextDirection();
    changed();
  });

  // Selections: the latest one, in the marked text or in the editor, makes the claim's quote.
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !el.read.contains(selection.anchorNode)) return;
    lastSelection = { at: Date.now(), evidence: readViewSelection(selection, parsed.blocks) };
  });
  const readEditorSelection = (): void => {
    if (el.text.selectionEnd <= el.text.selectionStart) return;
    lastSelection = { at: Date.now(), evidence: editorSelection(el.text.value, el.text.selectionStart, el.text.selectionEnd, parsed.blocks, parsed.mode) };
  };
  el.text.addEventListener('select', readEditorSelection);
  el.text.addEventListener('keyup', readEditorSelection);
  el.text.addEventListener('mouseup', readEditorSelection);
  el.claimFromSelection.addEventListener('click', claimFromSelection);
  el.addPlace.addEventListener('click', () => openPlaceForm({}, el.addPlace));

  // --- Actions -----------------------------------------------------------------------------
  el.newButton.addEventListener('click', () => {
    if (!window.confirm(s.confirmNewDraft)) return;
    oversized = null;
    draft = createEmptyDraft(draft.uiLang);
    notices.splice(0, notices.length);
    renderNotices();
    closeEditor();
    renderInputs();
    changed({ text: true, additions: true });
    el.text.focus();
  });
  el.langButton.addEventListener('click', () => {
    draft = { ...draft, uiLang: draft.uiLang === 'ar' ? 'en' : 'ar' };
    renderChrome();
    renderer?.setLang(draft.uiLang);
    renderPlaces();
    renderUnknown();
    renderCards();
    renderClaims();
    renderAdded();
    changed();
  });
  const download = (name: string, data: BlobPart, type: string): void => {
    const url = URL.createObjectURL(new Blob([data], { type }));
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  /** Whether the draft, checked as it is now (a change still waiting is checked first), may be exported. */
  const exportable = async (): Promise<boolean> => {
    if (root.dataset.builtVersion !== String(version)) {
      if (analyseTimer) clearTimeout(analyseTimer);
      analyseTimer = null;
      await rebuild(version);
    }
    const n = root.dataset.builtVersion === String(version) ? (build?.issues.length ?? 1) : 1;
    if (n === 0) return true;
    say({ kind: 'error', text: s.notExported(n) });
    return false;
  };
  el.exportButton.addEventListener('click', async () => {
    if (!(await exportable())) return;
    const name = `${draft.meta.id}.zip`;
    const zip = zipArticleFolder(draft.meta.id, createArticleFiles(draft, parsed.blocks));
    download(name, zip.slice().buffer, 'application/zip');
    say({ kind: 'info', text: s.exported(name) });
  });
  el.geojsonButton.addEventListener('click', async () => {
    if (!(await exportable()) || !previewPlaces) return;
    const name = `${draft.meta.id}.geojson`;
    download(name, serializeGeoJson(previewPlaces), 'application/geo+json');
    say({ kind: 'info', text: s.exported(name) });
  });
  el.saveButton.addEventListener('click', () => void saveToContent(false));
  async function saveToContent(overwrite: boolean): Promise<void> {
    if (!options.saveUrl || !(await exportable())) return;
    let answer: { ok: boolean; folder?: string; problems?: string[] };
    try {
      const response = await fetch(options.saveUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: draft.meta.id, files: createArticleFiles(draft, parsed.blocks), overwrite }),
      });
      answer = (await response.json()) as typeof answer;
    } catch (error) {
      answer = { ok: false, problems: [`${options.saveUrl}: ${error instanceof Error ? error.message : String(error)}`] };
    }
    if (answer.ok) {
      say({ kind: 'info', text: s.savedTo(answer.folder ?? '') });
      return;
    }
    const problems = answer.problems ?? [];
    if (!overwrite && problems.length === 1 && problems[0]?.includes('exists already') && window.confirm(s.overwrite(`content/${draft.meta.id}/`))) {
      await saveToContent(true);
      return;
    }
    say({ kind: 'error', text: s.saveRefused(problems.length), details: problems });
  }

  // --- Start -------------------------------------------------------------------------------
  renderChrome();
  renderInputs();
  renderNotices();
  renderClaims();
  renderAdded();
  renderCards();
  try {
    renderer = await options.createRenderer({
      container: el.map,
      lang: draft.uiLang,
      label: s.map,
      onMapClick: (lngLat) => placeForm?.setPoint(lngLat),
    });
  } catch {
    el.mapNotice.textContent = s.noWebGL;
    el.mapNotice.hidden = false;
  }
  changed({ text: true });
  window.addEventListener('pagehide', () => void store.flush());
  document.body.dataset.authorReady = 'true';
}

