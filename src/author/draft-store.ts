import { readStoredDraft, type Draft } from './draft.ts';

/** Why a draft could not be saved. */
export type SaveFailure = { kind: 'quota' } | { kind: 'other'; message: string };

/** The draft's place in the browser: IndexedDB, which holds texts far beyond localStorage's 5 MB. */
export interface DraftStore {
  /** The saved draft, or null when there is none (or it is unreadable). */
  load(): Promise<Draft | null>;
  /** Saves the draft in the background, once `delayMs` have passed without another call. */
  saveSoon(draft: Draft): void;
  /** Saves now (what saveSoon is waiting to save, if anything). */
  flush(): Promise<void>;
}

/** Options of {@link createDraftStore}. */
export interface DraftStoreOptions {
  /** Database name. @defaultValue `cm-author` */
  name?: string;
  /** Wait after a change before saving, ms. @defaultValue 300 */
  delayMs?: number;
  /** Told after every save: null when it worked, else why not. */
  onSaved?: (failure: SaveFailure | null) => void;
}

const STORE = 'drafts';
const KEY = 'current';

/** Opens the draft store. Without IndexedDB (a private window in some browsers) every save reports why. */
export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const { name = 'cm-author', delayMs = 300, onSaved } = options;
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    return db;
  };
  let pending: Draft | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const write = async (draft: Draft): Promise<void> => {
    try {
      const database = await open();
      await new Promise<void>((resolve, reject) => {
        const tx = database.transaction(STORE, 'readwrite');
        tx.objectStore(STORE).put(draft, KEY);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('the write failed'));
        tx.onabort = () => reject(tx.error ?? new Error('the write was aborted'));
      });
      onSaved?.(null);
    } catch (error) {
      const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
      onSaved?.(quota ? { kind: 'quota' } : { kind: 'other', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const draft = pending;
    pending = null;
    if (draft) writing = writing.then(() => write(draft));
    return writing;
  };

  return {
    async load() {
      try {
        const database = await open();
        const value = await new Promise<unknown>((resolve, reject) => {
          const request = database.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('the read failed'));
        });
        return readStoredDraft(value);
      } catch {
        return null;
      }
    },
    saveSoon(draft) {
      pending = draft;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}
