import { h } from './dom.ts';

/** The page's regions, created once and filled by the controller. */
export interface Layout {
  root: HTMLElement;
  title: HTMLElement;
  articleSelect: HTMLSelectElement;
  articleSelectLabel: HTMLElement;
  langButton: HTMLButtonElement;
  geojsonLink: HTMLAnchorElement;
  pngButton: HTMLButtonElement;
  mapArea: HTMLElement;
  map: HTMLElement;
  legend: HTMLElement;
  card: HTMLElement;
  notice: HTMLElement;
  placeList: HTMLElement;
  placeListTitle: HTMLElement;
  /** Places some other article reports as of the date shown (a site with a timeline). */
  other: HTMLElement;
  otherTitle: HTMLElement;
  otherList: HTMLElement;
  /** The timeline's strip under the map; hidden unless the site has two report dates or more. */
  timeline: HTMLElement;
  also: HTMLElement;
  alsoTitle: HTMLElement;
  alsoList: HTMLElement;
  panel: HTMLElement;
  footer: HTMLElement;
  /** "Open full map" link (embeds only; hidden otherwise). */
  fullPageLink: HTMLAnchorElement;
  /** The "Embed" button (full page only). */
  embedButton: HTMLButtonElement;
  /** Holder of the static SVG map (first paint, no-WebGL fallback, print). */
  staticMap: HTMLElement;
}

/** Options of {@link createLayout}. */
export interface LayoutOptions {
  /** Show the article text. @defaultValue true */
  panel?: boolean;
  /** Embed layout: map above a compact panel, heights from the width. @defaultValue false */
  compact?: boolean;
}

/** Builds the page skeleton inside `root`. Every region is labelled for assistive technology. */
export function createLayout(root: HTMLElement, options: LayoutOptions = {}): Layout {
  const { panel: showPanel, compact } = { panel: true, compact: false, ...options };
  const title = h('h1', { class: 'cm-header__title' });
  const articleSelectLabel = h('label', { class: 'cm-visually-hidden', for: 'cm-article-select' });
  const articleSelect = h('select', { id: 'cm-article-select', class: 'cm-header__select' });
  const langButton = h('button', { type: 'button', class: 'cm-button cm-header__lang' });
  const geojsonLink = h('a', { class: 'cm-button', download: '' });
  const pngButton = h('button', { type: 'button', class: 'cm-button cm-png-button' });
  const embedButton = h('button', { type: 'button', class: 'cm-button cm-embed-button', 'aria-haspopup': 'dialog', hidden: compact });
  const fullPageLink = h('a', { class: 'cm-button cm-full-page-link', target: '_blank', rel: 'noopener', hidden: true });
  const map = h('div', { id: 'cm-map', class: 'cm-map' });
  // The page's HTML may already hold the default article's static map: keep it, so the first
  // paint stays in place while the layout is built around it.
  const staticMap = root.querySelector<HTMLElement>('.cm-static-map') ?? h('div', { class: 'cm-static-map' });
  staticMap.id = 'cm-static-map';
  const legend = h('section', { class: 'cm-legend', 'aria-labelledby': 'cm-legend-title' });
  const card = h('section', { class: 'cm-card', 'aria-live': 'polite', hidden: true });
  const notice = h('div', { class: 'cm-notice', role: 'status', 'aria-live': 'polite' });
  // The skeleton's own map area and main element are kept too, and filled in around the static
  // map: taking the map out of the document and back would make the browser lay it out again.
  const skeletonArea = staticMap.parentElement?.classList.contains('cm-map-area') && staticMap.parentElement.parentElement?.classList.contains('cm-main') && !compact ? staticMap.parentElement : null;
  const mapArea = skeletonArea ?? h('section', { class: 'cm-map-area' });
  if (skeletonArea) {
    skeletonArea.insertBefore(map, staticMap);
    for (const child of [...skeletonArea.children]) if (child !== map && child !== staticMap) child.remove();
    skeletonArea.append(legend, card, notice);
  } else mapArea.append(map, staticMap, legend, card, notice);
  const placeListTitle = h('h2', { class: 'cm-sidebar__title', id: 'cm-place-list-title' });
  const placeList = h('nav', { class: 'cm-place-list', 'aria-labelledby': 'cm-place-list-title' });
  const alsoTitle = h('h2', { class: 'cm-sidebar__title', id: 'cm-also-title' });
  const alsoList = h('div', { class: 'cm-place-list' });
  const also = h('section', { class: 'cm-also', 'aria-labelledby': 'cm-also-title', hidden: true }, alsoTitle, alsoList);
  const otherTitle = h('h2', { class: 'cm-sidebar__title', id: 'cm-other-title' });
  const otherList = h('div', { class: 'cm-place-list' });
  const other = h('section', { class: 'cm-other', 'aria-labelledby': 'cm-other-title', hidden: true }, otherTitle, otherList);
  const panel = h('section', { class: 'cm-panel', 'aria-label': 'article', hidden: !showPanel });
  // The skeleton's footer already holds the credits: kept, so the map area keeps its height.
  const footer = root.querySelector<HTMLElement>(':scope > footer.cm-footer') ?? h('footer', { class: 'cm-footer' });
  const sidebar = h('div', { class: 'cm-sidebar' }, h('div', { class: 'cm-sidebar__places' }, placeListTitle, placeList, other, also), panel);
  root.classList.add('cm-app');
  root.classList.toggle('cm-app--compact', compact);
  root.classList.toggle('cm-app--no-panel', !showPanel);
  const header = h('header', { class: 'cm-header' }, title, h('div', { class: 'cm-header__tools' }, articleSelectLabel, articleSelect, langButton, geojsonLink, pngButton, embedButton, fullPageLink));
  const main = skeletonArea?.parentElement;
  // The skeleton reserves the timeline's strip on a site with one (src/ui/skeleton.ts): kept, so
  // the map above it keeps its height.
  const timeline = main?.querySelector<HTMLElement>(':scope > .cm-timeline') ?? h('div', { class: 'cm-timeline', hidden: true });
  if (main && main.parentElement === root) {
    for (const child of [...main.children]) if (child !== mapArea && child !== timeline) child.remove();
    if (!timeline.isConnected) mapArea.after(timeline);
    main.append(sidebar);
    for (const child of [...root.childNodes]) if (child !== main && child !== footer) child.remove();
    root.insertBefore(header, main);
    if (main.nextSibling !== footer) root.append(footer);
  } else {
    root.replaceChildren(header, h(compact ? 'div' : 'main', { class: 'cm-main' }, mapArea, timeline, sidebar), footer);
  }
  legend.id = 'cm-legend';
  return { root, title, articleSelect, articleSelectLabel, langButton, geojsonLink, pngButton, mapArea, map, legend, card, notice, placeList, placeListTitle, other, otherTitle, otherList, timeline, also, alsoTitle, alsoList, panel, footer, fullPageLink, embedButton, staticMap };
}
