import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../../src/map/progressive-renderer.ts';

// afterFirstPaint holds back work (the page's text, MapLibre) until the static map's first frame
// is on screen. In the browser the paint entry is tested end to end (tests/e2e/static-map.test.ts);
// here, the two cases a browser test cannot set up: a hidden document, and no paint timing at all.
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstPaint', () => {
  it('does not wait for a frame a hidden document will not present', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    const callback = vi.fn();
    afterFirstPaint(callback, 5000);
    expect(callback).not.toHaveBeenCalled(); // in a task of its own, not synchronously
    await vi.advanceTimersByTimeAsync(0);
    expect(callback).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('waits for the fallback delay in a visible document that reports no paint', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('document', { visibilityState: 'visible' });
    vi.stubGlobal('performance', { getEntriesByType: () => [], now: () => 0 });
    vi.stubGlobal('PerformanceObserver', undefined);
    const callback = vi.fn();
    afterFirstPaint(callback, 5000);
    await vi.advanceTimersByTimeAsync(4999);
    expect(callback).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the first contentful paint is already reported (a host page)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('document', { visibilityState: 'visible' });
    vi.stubGlobal('performance', { getEntriesByType: (type: string) => (type === 'paint' ? [{ name: 'first-contentful-paint' }] : []), now: () => 0 });
    const callback = vi.fn();
    afterFirstPaint(callback, 5000);
    await vi.advanceTimersByTimeAsync(0);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
