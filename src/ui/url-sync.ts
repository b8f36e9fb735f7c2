import type { Store } from './store.ts';
import { formatHash, parseHash, type UrlState, type ViewState } from './view-state.ts';

/**
 * Keeps the URL hash in step with the view: each change of article, place, zone, language or date
 * pushes a history entry (so back and forward walk through selections); a change the URL itself
 * caused pushes nothing. Navigating history (back, forward, an edited hash) is handed to
 * `onNavigate` with what the URL now says; the page decides what to change. The store is only
 * read here, never set. Returns a function that stops syncing.
 */
export function syncUrl(store: Store<ViewState>, onNavigate: (state: UrlState) => void, win: Window = window): () => void {
  const onPop = (): void => onNavigate(parseHash(win.location.hash));
  const unsubscribe = store.subscribe((state, previous, meta) => {
    if (meta.source === 'url') return;
    if (state.article === previous.article && state.place === previous.place && state.lang === previous.lang && state.zone === previous.zone && state.date === previous.date) return;
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
