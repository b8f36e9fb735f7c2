/** A minimal observable store: the page's single source of truth for selection and view. */
export interface Store<S> {
  get(): S;
  /** Merges a partial state; listeners run only when a value actually changed. */
  set(patch: Partial<S>, meta?: StoreMeta): void;
  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: (state: S, previous: S, meta: StoreMeta) => void): () => void;
}

/** Where a change came from, so that e.g. the URL sync does not push the state it just read. */
export interface StoreMeta {
  source?: 'url' | 'user' | 'host' | 'init';
}

/** Creates a store holding `initial`. */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S, meta: StoreMeta) => void>();
  return {
    get: () => state,
    set(patch, meta = {}) {
      const changed = (Object.keys(patch) as Array<keyof S>).some((k) => !Object.is(patch[k], state[k]));
      if (!changed) return;
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous, meta);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
