/**
 * Watches the archive map's element for size changes while the canvas map is shown: the canvas
 * has a fixed size in CSS px, so the page refits, re-clusters and redraws it whenever the element
 * really changes size (window resized, panel reflowed).
 */

/** A map's size, CSS px. */
export interface MapSize {
  /** Width, CSS px. */
  width: number;
  /** Height, CSS px. */
  height: number;
}

/**
 * Whether `next` is a size worth redrawing for: different from `current`, and not empty (an
 * element that is hidden or detached measures 0 × 0, and a view fitted to it would be degenerate).
 */
export function isNewMapSize(current: MapSize, next: MapSize): boolean {
  if (next.width <= 0 || next.height <= 0) return false;
  return next.width !== current.width || next.height !== current.height;
}

/** What {@link observeMapSize} returns. */
export interface MapSizeObserver {
  /** Stops watching; a change measured but not yet reported is dropped. */
  disconnect(): void;
}

/**
 * Calls `onResize` with the element's new client size whenever it changes from `initial` (or from
 * the last size reported), at most once per animation frame however many resize notifications
 * arrive in between. The client size, not the observer's fractional content box, because the
 * page fits its first view to `clientWidth` × `clientHeight`, and both must agree.
 */
export function observeMapSize(element: HTMLElement, initial: MapSize, onResize: (size: MapSize) => void): MapSizeObserver {
  let current: MapSize = { width: initial.width, height: initial.height };
  let frame: number | null = null;
  const measure = (): void => {
    frame = null;
    const next = { width: element.clientWidth, height: element.clientHeight };
    if (!isNewMapSize(current, next)) return;
    current = next;
    onResize(next);
  };
  const observer = new ResizeObserver(() => {
    frame ??= requestAnimationFrame(measure);
  });
  observer.observe(element);
  return {
    disconnect() {
      observer.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
    },
  };
}
