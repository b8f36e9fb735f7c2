// Answers whether this browser gives WebGL contexts (posts `true` or `false`), from a worker: the
// first context makes the thread that asks wait for the GPU process (software GL starting, the
// page's first frames being rasterised), seconds on a busy machine, during which the page's main
// thread could not answer the reader. See src/map/webgl-check.ts.
const canvas = new OffscreenCanvas(1, 1);
let available = false;
try {
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  available = gl !== null;
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
} catch {
  available = false;
}
postMessage(available);
