/**
 * The embed loader, `embed-loader.js`: one small script on the host page that resizes every
 * `<iframe data-conflict-map>` to the height its content reports. Without it the iframe keeps its
 * fixed height and still works. It has no imports and defines no globals.
 */
(() => {
  const onMessage = (event: MessageEvent): void => {
    const data = event.data as { protocol?: unknown; version?: unknown; type?: unknown; height?: unknown } | null;
    if (!data || data.protocol !== 'conflict-map' || data.version !== 1 || data.type !== 'resize') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > 100_000) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-conflict-map]')) {
      // Only the frame that sent the message, and only from the origin it was loaded from.
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, document.baseURI).origin !== event.origin) continue;
      frame.style.height = `${Math.ceil(height)}px`;
    }
  };
  window.addEventListener('message', onMessage);
})();
