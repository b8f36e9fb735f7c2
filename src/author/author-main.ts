import '../ui/page.css';
import './author.css';
import type { FeatureCollection } from 'geojson';
import { checkSiteIndex } from '../core/site-index.ts';
import type { Gazetteer, Party } from '../core/types.ts';
import { isWebGLAvailable } from '../map/progressive-renderer.ts';
import { ATTRIBUTIONS } from '../map/style.ts';
import { h } from '../ui/dom.ts';
import { dataUrls } from '../ui/data.ts';
import { startAuthorPage } from './author-page.ts';

// The authoring page's entry (author.html): loads the site's gazetteer, parties, basemap and
// index, then starts the page. The map is MapLibre, set up as on the other pages.
const root = document.getElementById('cm-author') as HTMLElement;
const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;
const urls = dataUrls(base);

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function main(): Promise<void> {
  let site;
  try {
    const [gazetteer, parties, basemap, index] = await Promise.all([
      fetchJson(urls.gazetteer) as Promise<Gazetteer>,
      fetchJson(new URL('data/parties.json', base).href) as Promise<{ parties: Party[]; shared_aliases?: { ar: string[]; en: string[] } }>,
      fetchJson(urls.basemap) as Promise<FeatureCollection>,
      fetchJson(urls.index),
    ]);
    site = { gazetteer, parties: parties.parties, ...(parties.shared_aliases ? { sharedAliases: parties.shared_aliases } : {}), basemap, index: checkSiteIndex(index, urls.index) };
  } catch (error) {
    root.replaceChildren(h('p', { class: 'cm-author-notice cm-author-notice--error', role: 'alert' }, `تعذر تحميل بيانات الموقع — Could not load the site's data: ${error instanceof Error ? error.message : String(error)}`));
    return;
  }
  await startAuthorPage({
    root,
    site,
    saveUrl: import.meta.env.DEV ? new URL('__cm/author/save', base).href : null,
    createRenderer: async ({ container, lang, label, onMapClick }) => {
      if (!isWebGLAvailable()) throw new Error('no WebGL');
      // The same factory as the map page's, so both pages share its chunk.
      const { createPageMapLibre } = await import('../map/create-page-maplibre.ts');
      const none = { top: 0, bottom: 0, left: 0, right: 0 };
      return createPageMapLibre(
        {
          container,
          basemap: Promise.resolve(site.basemap),
          lang,
          label,
          attribution: ATTRIBUTIONS.map((a) => a.text).join(' · '),
          onlineStyleUrl: null,
          onBasemapFallback: () => undefined,
          staticMap: container,
          onStaticFallback: () => undefined,
          fitPadding: () => ({ top: 40, bottom: 40, left: 40, right: 40 }),
          cameraPadding: () => none,
          centre: site.index.centre.coordinates,
        },
        { assetBase: base, onMapClick },
      );
    },
  });
}

void main();
