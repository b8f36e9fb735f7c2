/** A rectangle in CSS px, in one coordinate system (the viewport's). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room to keep free on each side of the map, CSS px: MapLibre's `padding`. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Options of {@link computeCameraPadding}. */
export interface CameraPaddingOptions {
  /** Space between an overlay and the place, CSS px. @defaultValue 24 */
  margin?: number;
  /** The smallest free width and height the padding may leave, CSS px. @defaultValue 48 */
  minFree?: number;
}

const DEFAULTS: Required<CameraPaddingOptions> = { margin: 24, minFree: 48 };

/**
 * The padding that keeps a place shown at the centre of the free area clear of the overlays on
 * the map (the legend, the place card). Each overlay can be cleared by padding one edge of the map
 * by how far it reaches in from that edge (a card at the bottom right: a right padding of its
 * width, or a bottom padding of its height). Of every way to clear them all, the one that leaves
 * the largest free area, at least `minFree` wide and high, wins; when no way clears them all, the
 * most overlays are cleared. Overlays outside the map or empty are ignored.
 */
export function computeCameraPadding(map: Rect, overlays: readonly Rect[], options: CameraPaddingOptions = {}): Padding {
  const { margin, minFree } = { ...DEFAULTS, ...options };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const none: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  if (!(width > 0 && height > 0)) return none;
  const inside = overlays
    .map((o) => ({ left: Math.max(o.left, map.left), top: Math.max(o.top, map.top), right: Math.min(o.right, map.right), bottom: Math.min(o.bottom, map.bottom) }))
    .filter((r) => r.right > r.left && r.bottom > r.top);
  // The ways to clear each overlay: the edge padded and by how much; `null` leaves it uncleared.
  const ways = inside.map((r) => [
    { side: 'left' as const, size: r.right - map.left + margin },
    { side: 'right' as const, size: map.right - r.left + margin },
    { side: 'top' as const, size: r.bottom - map.top + margin },
    { side: 'bottom' as const, size: map.bottom - r.top + margin },
    null,
  ]);
  let best: { padding: Padding; cleared: number; area: number } = { padding: none, cleared: 0, area: width * height };
  const visit = (k: number, padding: Padding, cleared: number): void => {
    if (k === ways.length) {
      const freeWidth = width - padding.left - padding.right;
      const freeHeight = height - padding.top - padding.bottom;
      if (freeWidth < minFree || freeHeight < minFree) return;
      const area = freeWidth * freeHeight;
      if (cleared > best.cleared || (cleared === best.cleared && area > best.area)) best = { padding, cleared, area };
      return;
    }
    for (const way of ways[k] ?? []) {
      if (way === null) visit(k + 1, padding, cleared);
      else visit(k + 1, { ...padding, [way.side]: Math.max(padding[way.side], way.size) }, cleared + 1);
    }
  };
  visit(0, none, 0);
  return best.padding;
}

/** The rectangle of an element, or null when it is hidden or not laid out. */
export function visibleRect(element: Element | null | undefined): Rect | null {
  if (!element || (element as HTMLElement).hidden || element.getClientRects().length === 0) return null;
  const r = element.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
}
