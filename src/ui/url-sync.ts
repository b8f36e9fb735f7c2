import type { Store } from './store.ts';
import { formatHash, parseHash, type ViewState } from './view-state.ts';

/**
 * Keeps the URL hash and the store in step: each change of article, place or language pushes a
 * history entry (so back and forward walk through selections), and navigating history sets the
 * store. Returns a function that stops syncing.
 */
export function syncUrl(store: Store<ViewState>, win: Window = window): () => void {
  const onPop = (): void => {
    const fromUrl = parseHash(win.location.hash);
    const s = store.get();
    store.set({ article: fromUrl.article ?? s.article, lang: fromUrl.lang ?? s.lang, place: fromUrl.place ?? null, zone: fromUrl.zone ?? null }, { source: 'url' });
  };
  const unsubscribe = store.subscribe((state, previous, meta) => {
    if (meta.source === 'url') return;
    if (state.article === previous.article && state.place === previous.place && state.lang === previous.lang && state.zone === previous.zone) return;
    const hash = formatHash(state);
    if (hash === win.location.hash) return;
    if (meta.source === 'init') win.history.replaceState(null, '', hash);
    else win.history.pushState(null, '', hash);
  });
  win.addEventListener('popstate', onPop);
  win.addEventListener('hashchange', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('hashchange', onPop);
  };
}
