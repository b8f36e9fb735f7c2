import type { Lang } from '../core/types.ts';
import type { PlaceRenderer } from '../map/renderer.ts';
import { h } from './dom.ts';
import { openEmbedDialog } from './embed-dialog.ts';
import type { Layout } from './layout.ts';

/** What the header's actions need to know of the page. */
export interface HeaderActionsContext {
  /** Element dialogs open in. */
  root: HTMLElement;
  /** The site's base URL, for the embed snippets. */
  base: string;
  renderer: () => PlaceRenderer | null;
  /** The view the actions act on. */
  view: () => { article: string; place: string | null; lang: Lang; title: string };
}

/**
 * Wires the header's "PNG" button (a PNG of the map's current view, downloaded as
 * `<article>.png`) and "Embed" button (the snippet dialog for the current view). Returns the
 * function that removes the listeners.
 */
export function wireHeaderActions(layout: Pick<Layout, 'pngButton' | 'embedButton'>, context: HeaderActionsContext): () => void {
  const onPng = (): void => {
    const renderer = context.renderer();
    const { article } = context.view();
    void renderer?.toPng().then((blob) => {
      const a = h('a', { href: URL.createObjectURL(blob), download: `${article}.png` });
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    });
  };
  const onEmbed = (): void => {
    const { article, place, lang, title } = context.view();
    openEmbedDialog(context.root, { base: context.base, article, place, lang, title }, lang);
  };
  layout.pngButton.addEventListener('click', onPng);
  layout.embedButton.addEventListener('click', onEmbed);
  return () => {
    layout.pngButton.removeEventListener('click', onPng);
    layout.embedButton.removeEventListener('click', onEmbed);
  };
}
