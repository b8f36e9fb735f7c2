import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import appCss from '../ui/styles.css?inline';
import type { Lang } from '../core/types.ts';
import { createPageMapLibre } from '../map/create-page-maplibre.ts';
import { startApp, type AppHandle } from '../ui/app.ts';
import { declareFonts } from './declare-fonts.ts';

/**
 * Replaces `rem` lengths by pixels at the default root size. `rem` is relative to the host page's
 * `<html>` font size, the one length a shadow root cannot shield: a host with `html { font-size:
 * 62.5% }` or `* { font-size: 31px }` would resize every rem-based padding, gap and font inside the
 * component. `.cm-app` already sets `font-size: 16px`, so 1rem = 16px keeps the full page's look.
 */
function remToPx(css: string): string {
  return css.replace(/(?<![\w.-])(\d*\.?\d+)rem\b/g, (_, n: string) => `${Number((Number(n) * 16).toFixed(4))}px`);
}

// Reset first: the wrapper inherits nothing from the host page (colour, font, direction).
const SHADOW_CSS = remToPx(`:host { display: block; contain: content; }\n.cm-app { all: initial; }\n${maplibreCss}\n${appCss}`);

/**
 * `<conflict-map article="…" place="…" lang="ar|en" panel basemap="…" src="…">`: the map as a web
 * component, rendered into an open shadow root so host CSS cannot restyle it and its CSS does not
 * leak out. Attributes are live. Events (bubbling, composed): `ready` and `place-select`, with
 * `detail: { article, place, lang }`. Data is read from `src` (the site's base URL), by default
 * the folder this script was loaded from.
 */
export class ConflictMapElement extends HTMLElement {
  static readonly observedAttributes = ['article', 'place', 'lang', 'panel', 'basemap', 'src'];

  #handle: AppHandle | null = null;
  #starting: Promise<void> | null = null;
  #container: HTMLElement | null = null;

  connectedCallback(): void {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: 'open' });
      // A constructed stylesheet rather than a <style> element: host pages with a strict CSP
      // (style-src without 'unsafe-inline') allow it, and every instance shares one parsed sheet.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(SHADOW_CSS);
      shadow.adoptedStyleSheets = [sheet];
      this.#container = document.createElement('div');
      shadow.append(this.#container);
    }
    this.#restart();
  }

  disconnectedCallback(): void {
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous === value || !this.#handle) return;
    if (name === 'place') this.#handle.select(value || null, { source: 'host' });
    else if (name === 'lang' && (value === 'ar' || value === 'en')) this.#handle.setLang(value, { source: 'host' });
    else if (name === 'article' && value) this.#handle.setArticle(value, { source: 'host' });
    else if (name === 'panel' || name === 'basemap' || name === 'src') this.#restart();
  }

  #restart(): void {
    this.#handle?.destroy();
    this.#handle = null;
    const container = this.#container as HTMLElement;
    const base = new URL(this.getAttribute('src') ?? './', import.meta.url).href;
    declareFonts(base);
    const lang = this.getAttribute('lang');
    const article = this.getAttribute('article');
    const place = this.getAttribute('place');
    const basemap = this.getAttribute('basemap');
    let lastPlace = place || null;
    const starting = startApp({
      root: container,
      base,
      url: false,
      ownsDocument: false,
      compact: true,
      panel: this.hasAttribute('panel'),
      readyTarget: this,
      fullPageUrl: new URL('index.html', base).href,
      initial: { ...(article ? { article } : {}), ...(place ? { place } : {}), ...(lang === 'ar' || lang === 'en' ? { lang: lang as Lang } : {}) },
      createRenderer: (input) => createPageMapLibre(input, { assetBase: base, onlineStyleUrl: basemap && /^https?:\/\//.test(basemap) ? basemap : null }),
      onReady: (state) => this.dispatchEvent(new CustomEvent('ready', { detail: state, bubbles: true, composed: true })),
      onChange: (state, meta) => {
        if (state.place === lastPlace) return;
        lastPlace = state.place;
        // Keep the attribute true to the selection, then tell the host.
        if (meta.source !== 'host') {
          if (state.place) this.setAttribute('place', state.place);
          else this.removeAttribute('place');
        }
        this.dispatchEvent(new CustomEvent('place-select', { detail: state, bubbles: true, composed: true }));
      },
    }).then((handle) => {
      if (this.#starting === starting) this.#handle = handle;
      else handle.destroy();
    });
    this.#starting = starting;
  }
}

if (!customElements.get('conflict-map')) customElements.define('conflict-map', ConflictMapElement);
